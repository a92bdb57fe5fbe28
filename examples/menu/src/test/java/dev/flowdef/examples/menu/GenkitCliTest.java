package dev.flowdef.examples.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official Genkit CLI drives the menu app in dev mode: {@code genkit start --noui -- java ... MenuApp}, then
 * {@code genkit flow:run}, then the CLI's telemetry server holds the traces. These are Genkit's own tools, on loopback.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class GenkitCliTest {
  @TempDir static Path project;
  private static GenkitStart genkit;

  @BeforeAll
  static void startTheAppUnderGenkitStart() throws Exception {
    genkit = GenkitStart.start(project, false);
  }

  @AfterAll
  static void stop() {
    if (genkit != null) {
      genkit.close();
    }
  }

  @Test
  void flowRunPrintsTheResultOfMenuSuggestion() throws Exception {
    String out = genkit.genkit("flow:run", "menuSuggestion", "{\"theme\":\"bistro\"}");

    JsonNode result = Json.read(after(out, "Result:"));
    assertEquals("Bistro Roast Chicken", result.path("dishname").asText(), out);
    assertTrue(out.matches("(?s).*Trace ID: [0-9a-f]{32}.*"), out);
  }

  @Test
  void flowRunStreamsTheChunksOfMenuStreamThenItsResult() throws Exception {
    String out = genkit.genkit("flow:run", "menuStream", "{\"theme\":\"bistro\"}", "-s");

    String chunks = out.substring(0, out.indexOf("Result:"));
    assertTrue(chunks.contains("\"Bistro \"\n\"Roast \"\n\"Chicken: \""), out);
    assertTrue(chunks.indexOf("\"Bistro \"") < chunks.indexOf("\"crust.\""), out);
    JsonNode result = Json.read(after(out, "Result:"));
    assertEquals("bistro", result.path("theme").asText(), out);
  }

  @Test
  void invalidInputIsRejectedWithTheSchemasPath() throws Exception {
    String out = genkit.genkit("flow:run", "menuSuggestion", "{\"theme\":5}");

    assertTrue(out.contains("Code: 3"), out);
    assertTrue(out.contains("INVALID_ARGUMENT: Schema validation failed"), out);
    assertTrue(out.contains("- theme:"), out);
  }

  @Test
  void theTelemetryServerHoldsTheTraceWithTheStepAsAChildSpan() throws Exception {
    String out = genkit.genkit("flow:run", "menuQuestion", "{\"question\":\"Anything vegan?\"}");
    Matcher traceId = Pattern.compile("Trace ID: ([0-9a-f]{32})").matcher(out);
    assertTrue(traceId.find(), out);

    String traces = GenkitStart.get(genkit.telemetryServer() + "/api/traces").body();
    assertTrue(traces.contains("\"traceId\":\"" + traceId.group(1) + "\""), traces);
    JsonNode trace = Json.read(GenkitStart.get(genkit.telemetryServer() + "/api/traces/" + traceId.group(1)).body());

    JsonNode root = span(trace, "menuQuestion");
    JsonNode step = span(trace, "retrieve-daily-menu");
    assertEquals(root.path("spanId").asText(), step.path("parentSpanId").asText());
    assertEquals("/{menuQuestion,t:flow}", root.path("attributes").path("genkit:path").asText());
    assertEquals("flowStep", step.path("attributes").path("genkit:type").asText());
    assertEquals("success", root.path("attributes").path("genkit:state").asText());
    assertTrue(root.path("attributes").path("genkit:output").asText().contains("Garden Salad"), trace.toString());
  }

  static JsonNode span(JsonNode trace, String name) {
    for (JsonNode span : trace.path("spans")) {
      if (span.path("displayName").asText().equals(name)) {
        return span;
      }
    }
    throw new AssertionError("no span " + name + " in " + trace);
  }

  private static String after(String out, String marker) {
    String rest = out.substring(out.indexOf(marker) + marker.length());
    return rest.substring(0, rest.indexOf("Trace ID:")).strip();
  }
}
