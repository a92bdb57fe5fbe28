package dev.flowdef.examples.consumer;

import dev.flowdef.client.FlowClientException;
import dev.flowdef.client.FlowClientStream;
import dev.flowdef.examples.consumer.menu.MenuClient;
import dev.flowdef.examples.consumer.menu.MenuItem;
import dev.flowdef.examples.consumer.menu.MenuOutput;
import dev.flowdef.examples.consumer.menu.MenuQuestionInput;
import dev.flowdef.examples.consumer.menu.MenuSuggestionInput;
import java.io.PrintStream;

/**
 * A service that plans a themed evening by calling the menu service, through the client the Maven plugin generated
 * from the menu's manifest: {@code java ... MenuConsumer http://localhost:3400 pirate}.
 */
public final class MenuConsumer {
  private final MenuClient menu;

  public MenuConsumer(MenuClient menu) {
    this.menu = menu;
  }

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "http://localhost:3400";
    String theme = args.length > 1 ? args[1] : "bistro";
    try {
      new MenuConsumer(MenuClient.create(url)).planEvening(theme, System.out);
    } catch (FlowClientException e) {
      System.err.println("The menu service failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /** The dish for the theme, its description as it streams, and what is vegetarian today. */
  public void planEvening(String theme, PrintStream out) {
    MenuItem dish = menu.menuSuggestion(new MenuSuggestionInput(theme));
    out.println("Tonight: " + dish.dishname());
    out.print("Described: ");
    try (FlowClientStream<String, MenuOutput> words = menu.streamMenuStream(new MenuSuggestionInput(theme))) {
      for (String word : words) {
        out.print(word);
      }
      out.println();
      out.println("(for the " + words.output().theme() + " theme)");
    }
    out.println("Vegetarian: " + menu.menuQuestion(new MenuQuestionInput("What is vegetarian today?")).answer());
  }
}
