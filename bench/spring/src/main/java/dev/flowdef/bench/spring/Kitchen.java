package dev.flowdef.bench.spring;

import java.util.List;
import java.util.Locale;

/** The menu example's deterministic dish for a theme, so every server answers the same bytes. */
final class Kitchen {
  private static final List<String> DISHES =
      List.of("Braised Short Rib", "Wild Mushroom Risotto", "Seared Sea Bass", "Roast Chicken", "Lemon Tart");
  private static final List<String> STYLES =
      List.of("slow-cooked for eight hours", "finished with brown butter", "served with seasonal greens",
          "with a crisp herb crust", "topped with a citrus glaze");

  record MenuItem(String dishname, String description) {}

  private Kitchen() {}

  static MenuItem dishFor(String theme) {
    String name = theme == null || theme.isBlank() ? "house" : theme.strip();
    int pick = Math.floorMod(name.toLowerCase(Locale.ROOT).hashCode(), DISHES.size());
    String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return new MenuItem(title + " " + DISHES.get(pick), "A " + name + " favourite: "
        + DISHES.get(pick).toLowerCase(Locale.ROOT) + ", " + STYLES.get(pick) + ".");
  }
}
