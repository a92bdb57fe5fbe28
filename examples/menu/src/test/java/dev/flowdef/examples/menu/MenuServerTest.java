package dev.flowdef.examples.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The menu app as shipped, over HTTP: it publishes the manifest the processor wrote, checks every input against its
 * schema before the flow runs, and names the flow's own trace in its headers.
 */
@Timeout(30)
class MenuServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static FlowServer server;
  private static String base;

  @BeforeAll
  static void serve() {
    server = MenuApp.serve(FlowRegistry.discover(), options -> options.host("127.0.0.1").port(0),
        new PrintStream(OutputStream.nullOutputStream()));
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void publishesTheManifestOfItsFlows() throws Exception {
    HttpResponse<String> response =
        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/.well-known/flowdef/flows.json")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    JsonNode manifest = Json.read(response.body());
    assertEquals(3, manifest.path("flows").size(), response.body());
    JsonNode suggestion = manifest.path("flows").findParents("name").stream()
        .filter(flow -> flow.path("name").asText().equals("menuSuggestion")).findFirst().orElseThrow();
    assertEquals("/menuSuggestion", suggestion.path("path").asText());
    String input = suggestion.path("inputSchema").path("$ref").asText();
    JsonNode inputType = manifest.path("$defs").path(input.substring(input.lastIndexOf('/') + 1));
    assertEquals("string", inputType.path("properties").path("theme").path("type").asText(), response.body());
  }

  @Test
  void rejectsAnInputThatBreaksItsSchemaBeforeTheFlowRuns() throws Exception {
    HttpResponse<String> response = post("/menuSuggestion", "{\"data\":{\"theme\":5}}");

    assertEquals(400, response.statusCode(), response.body());
    JsonNode error = Json.read(response.body()).path("error");
    assertEquals("INVALID_ARGUMENT", error.path("status").asText());
    assertEquals("theme", error.path("details").path("errors").get(0).path("path").asText(), response.body());
  }

  @Test
  void itsTraceHeadersNameTheFlowsSpan() throws Exception {
    HttpResponse<String> response = post("/menuSuggestion", "{\"data\":{\"theme\":\"bistro\"}}");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("x-genkit-trace-id").orElse("").matches("[0-9a-f]{32}"));
    assertTrue(response.headers().firstValue("x-genkit-span-id").orElse("").matches("[0-9a-f]{16}"));
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
