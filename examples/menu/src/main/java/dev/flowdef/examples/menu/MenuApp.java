package dev.flowdef.examples.menu;

import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStream;
import dev.flowdef.runtime.dev.DevMode;
import dev.flowdef.runtime.dev.FlowRunner;
import java.util.Optional;

/**
 * Runs the menu flows: {@code flow:run <name> '<json>' [-s]} runs one, like the Genkit CLI; otherwise each flow runs
 * once in-process and prints its result, and in Genkit's dev mode ({@code genkit start -- java -jar menu.jar}) the
 * app stays up for the CLI and Developer UI.
 */
public final class MenuApp {
  private MenuApp() {}

  public static void main(String[] args) throws InterruptedException {
    FlowRegistry registry = FlowRegistry.discover();
    if (FlowRunner.handles(args)) {
      System.exit(FlowRunner.run(registry, args, System.out, System.err));
    }
    runEachFlow(registry);

    Optional<DevMode> dev = DevMode.startIfEnabled(registry);
    if (dev.isPresent()) {
      System.out.println("Genkit dev mode: reflection API on port " + dev.get().reflectionPort());
      Thread.currentThread().join(); // serve the Genkit tools until the CLI stops the process
    }
  }

  private static void runEachFlow(FlowRegistry registry) {
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
