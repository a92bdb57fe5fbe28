package dev.flowdef.examples.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Developer UI is a web app that talks only to the CLI's tools server, which talks to the runtime: with
 * {@code genkit start} running the menu app, the tools server's own endpoints list the Java flows with their Draft-07
 * schemas and run them, streaming included. The UI's pages themselves are tested in headless Chromium where their
 * web assets are present; {@code genkit start} downloads them from Google's storage, so elsewhere that test skips.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DeveloperUiTest {
  private static final Path UI_SCRIPT = Path.of("../../interop/genkit-cli/developer-ui.mjs").toAbsolutePath();

  @TempDir static Path project;
  private static GenkitStart genkit;
  private static String tools;

  @BeforeAll
  static void startWithTheDeveloperUi() throws Exception {
    genkit = GenkitStart.start(project, true);
    tools = genkit.toolsServer().orElseThrow(() -> new AssertionError("no tools server: " + genkit.log()));
    // The tools server's manager finds the runtime on its own schedule (file watch, then a health check).
    for (int i = 0; i < 300 && !GenkitStart.get(tools + "/api/listActions").body().contains("/flow/menuSuggestion");
        i++) {
      Thread.sleep(100);
    }
  }

  @AfterAll
  static void stop() {
    if (genkit != null) {
      genkit.close();
    }
  }

  @Test
  void theToolsServerListsTheJavaFlowsWithDraft07Schemas() throws Exception {
    JsonNode actions = Json.read(GenkitStart.get(tools + "/api/listActions").body()).path("result").path("data");

    JsonNode suggestion = actions.path("/flow/menuSuggestion");
    assertEquals("menuSuggestion", suggestion.path("name").asText(), actions.toString());
    assertEquals("Suggests a dish for a restaurant with the given theme.", suggestion.path("description").asText());
    JsonNode input = suggestion.path("inputSchema");
    assertEquals("http://json-schema.org/draft-07/schema#", input.path("$schema").asText(), input.toString());
    assertEquals("string", input.path("properties").path("theme").path("type").asText(), input.toString());
    assertEquals("object", suggestion.path("outputSchema").path("type").asText(), suggestion.toString());
    assertTrue(actions.has("/flow/menuStream") && actions.has("/flow/menuQuestion"), actions.toString());
  }

  @Test
  void theToolsServerRunsAFlowAndItsTraceReachesTheTelemetryServer() throws Exception {
    JsonNode run = Json.read(GenkitStart.post(tools + "/api/runAction",
        "{\"key\":\"/flow/menuQuestion\",\"input\":{\"question\":\"Anything vegan?\"}}").body());

    assertEquals("Today we have Garden Salad.", run.path("result").path("answer").asText(), run.toString());
    String traceId = run.path("telemetry").path("traceId").asText();
    JsonNode trace = Json.read(GenkitStart.get(genkit.telemetryServer() + "/api/traces/" + traceId).body());
    assertEquals("retrieve-daily-menu",
        GenkitCliTest.span(trace, "retrieve-daily-menu").path("attributes").path("genkit:name").asText());
  }

  @Test
  void theToolsServerStreamsAFlowsChunksThenItsResult() throws Exception {
    String body = GenkitStart.post(tools + "/api/streamAction",
        "{\"key\":\"/flow/menuStream\",\"input\":{\"theme\":\"bistro\"}}").body();

    List<String> lines = body.lines().toList();
    assertEquals("\"Bistro \"", lines.get(0), body);
    assertEquals("bistro", Json.read(lines.get(lines.size() - 1)).path("result").path("theme").asText(), body);
    assertTrue(lines.size() > 5, body);
  }

  @Test
  void theDeveloperUiListsTheJavaFlowsInChromium() throws Exception {
    int status = GenkitStart.get(tools + "/").statusCode();
    Assumptions.assumeTrue(status == 200,
        "skipped: the Developer UI's web assets are not on this machine (the tools server answers " + status
            + "); `genkit start` downloads them from Google's storage, which this machine cannot reach");
    Process ui = new ProcessBuilder("node", UI_SCRIPT.toString(), tools).redirectErrorStream(true).start();
    String out = new String(ui.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(ui.waitFor(3, TimeUnit.MINUTES), out);
    assertEquals(0, ui.exitValue(), out);
  }
}
