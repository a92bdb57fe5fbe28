package dev.flowdef.examples.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MenuFlowsTest {
  private final FlowRegistry registry = FlowRegistry.discover();

  @Test
  void theThreeFlowsAreDiscovered() {
    assertEquals(
        List.of("menuSuggestion", "menuStream", "menuQuestion"),
        registry.flows().stream().map(f -> f.name()).toList());
    assertEquals(
        "Suggests a dish for a restaurant with the given theme.",
        MenuFlows_Flows.MENU_SUGGESTION.description());
  }

  @Test
  void menuSuggestionIsDeterministic() {
    MenuItem item = registry.flow(MenuFlows_Flows.MENU_SUGGESTION).run(new MenuSuggestionInput("bistro"));

    assertEquals(new MenuItem("Bistro Roast Chicken", "A bistro favourite: roast chicken, with a crisp herb crust."),
        item);
  }

  @Test
  void menuStreamStreamsTheTextThatItsOutputHolds() {
    List<String> chunks = new ArrayList<>();
    MenuOutput output;
    try (FlowStream<String, MenuOutput> stream =
        registry.flow(MenuFlows_Flows.MENU_STREAM).stream(new MenuSuggestionInput("pirate"))) {
      stream.forEach(chunks::add);
      output = stream.awaitOutput();
    }

    assertTrue(chunks.size() > 5, "streams word by word: " + chunks);
    assertEquals(output.menuItem().dishname() + ": " + output.menuItem().description(), String.join("", chunks));
    assertEquals("pirate", output.theme());
  }

  @Test
  void menuQuestionAnswersFromTheRetrievedMenu() {
    assertEquals(
        "Today we have Garden Salad.",
        registry.flow(MenuFlows_Flows.MENU_QUESTION).run(new MenuQuestionInput("Anything vegan?")).answer());
  }

  @Test
  void theAppPrintsTheResultsOfAllThreeFlows() throws InterruptedException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      MenuApp.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("menuSuggestion -> MenuItem[dishname=Bistro Roast Chicken"), text);
    assertTrue(text.contains("output: MenuOutput[theme=bistro"), text);
    assertTrue(text.contains("menuQuestion   -> MenuQuestionOutput[answer=Today we have"), text);
  }
}
