package dev.flowdef.examples.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStream;
import dev.flowdef.runtime.http.FlowServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
  @Timeout(20)
  void theAppServesTheFlowsOverHttpAndPrintsHowToCallThem() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    try (FlowServer server = MenuApp.serve(registry, options -> options.host("127.0.0.1").port(0), out)) {
      String base = "http://127.0.0.1:" + server.port() + "/";
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(base + "menuSuggestion"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"theme\":\"bistro\"}}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());

      assertEquals("{\"result\":{\"dishname\":\"Bistro Roast Chicken\","
          + "\"description\":\"A bistro favourite: roast chicken, with a crisp herb crust.\"}}", response.body());
      String text = printed.toString(StandardCharsets.UTF_8);
      assertTrue(text.contains("Serving 3 flows at " + base), text);
      assertTrue(text.contains("POST " + base + "menuQuestion"), text);
      assertTrue(text.contains("curl -s " + base + "menuSuggestion"), text);
      assertTrue(text.contains("-H 'Accept: text/event-stream'"), text);
    }
  }
}
