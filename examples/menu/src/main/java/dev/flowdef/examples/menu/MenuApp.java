package dev.flowdef.examples.menu;

import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStream;

/** Runs the menu flows in-process and prints what each returns. */
public final class MenuApp {
  private MenuApp() {}

  public static void main(String[] args) {
    FlowRegistry registry = FlowRegistry.discover();
    System.out.println("Flows: " + registry.flows());

    MenuItem suggestion =
        registry.flow(MenuFlows_Flows.MENU_SUGGESTION).run(new MenuSuggestionInput("bistro"));
    System.out.println("menuSuggestion -> " + suggestion);

    System.out.print("menuStream     -> chunks: ");
    try (FlowStream<String, MenuOutput> stream =
        registry.flow(MenuFlows_Flows.MENU_STREAM).stream(new MenuSuggestionInput("bistro"))) {
      for (String chunk : stream) {
        System.out.print("[" + chunk + "]");
      }
      System.out.println();
      System.out.println("                  output: " + stream.awaitOutput());
    }

    MenuQuestionOutput answer =
        registry.flow(MenuFlows_Flows.MENU_QUESTION).run(new MenuQuestionInput("What is vegetarian today?"));
    System.out.println("menuQuestion   -> " + answer);
  }
}
