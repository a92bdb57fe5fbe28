package dev.flowdef.examples.menu;

import java.util.List;
import java.util.Locale;

/**
 * Writes menu text deterministically, standing in for a model until model support exists: the same theme always
 * gives the same dish, and nothing leaves the machine.
 */
final class Kitchen {
  private static final List<String> DISHES =
      List.of("Braised Short Rib", "Wild Mushroom Risotto", "Seared Sea Bass", "Roast Chicken", "Lemon Tart");
  private static final List<String> STYLES =
      List.of("slow-cooked for eight hours", "finished with brown butter", "served with seasonal greens",
          "with a crisp herb crust", "topped with a citrus glaze");

  static final List<MenuItem> DAILY_MENU =
      List.of(
          new MenuItem("Tomato Soup", "Roasted tomatoes and basil, vegetarian."),
          new MenuItem("Steak Frites", "Grilled sirloin with hand-cut fries."),
          new MenuItem("Garden Salad", "Leaves, radish and a mustard dressing, vegan."),
          new MenuItem("Crème Brûlée", "Vanilla custard under burnt sugar, vegetarian."));

  private Kitchen() {}

  /** A dish for {@code theme}, always the same one for the same theme. */
  static MenuItem dishFor(String theme) {
    String name = theme == null || theme.isBlank() ? "house" : theme.strip();
    int pick = Math.floorMod(name.toLowerCase(Locale.ROOT).hashCode(), DISHES.size());
    String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String dish = title + " " + DISHES.get(pick);
    String description = "A " + name + " favourite: " + DISHES.get(pick).toLowerCase(Locale.ROOT) + ", "
        + STYLES.get(pick) + ".";
    return new MenuItem(dish, description);
  }

  /** Answers a question from the day's menu: the dishes that match its key word, or the whole menu. */
  static String answer(String question, List<MenuItem> menu) {
    String asked = question == null ? "" : question.toLowerCase(Locale.ROOT);
    List<String> matches =
        menu.stream()
            .filter(item -> asked.contains("vegan") ? item.description().contains("vegan")
                : !asked.contains("vegetarian") || item.description().contains("vegetarian")
                    || item.description().contains("vegan"))
            .map(MenuItem::dishname)
            .toList();
    if (matches.isEmpty()) {
      return "Nothing on today's menu matches that, sorry.";
    }
    return "Today we have " + String.join(", ", matches) + ".";
  }
}
