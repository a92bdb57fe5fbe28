package dev.flowdef.runtime.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.runtime.validation.InputValidator;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The reflection API's small endpoints, as the Genkit CLI calls them (transcripts 41-49). */
@Timeout(30)
class ReflectionServerTest {
  @TempDir Path project;
  private Reflection reflection;

  @AfterEach
  void stop() {
    if (reflection != null) {
      reflection.close();
    }
  }

  private Reflection start(Map<String, String> environment) {
    reflection = Reflection.start(project, environment);
    return reflection;
  }

  private String pidPort() {
    return ProcessHandle.current().pid() + "-" + reflection.dev.reflectionPort();
  }

  @Test
  void healthAnswersOkAsText() {
    HttpResponse<String> health = start(Map.of()).get("/api/__health");

    assertEquals(200, health.statusCode());
    assertEquals("OK", health.body());
  }

  @Test
  void healthAcceptsThePidPortIdTheRuntimeFileCarries() {
    assertEquals(200, start(Map.of()).get("/api/__health?id=" + pidPort()).statusCode());
  }

  @Test
  void healthRejectsAnotherRuntimesIdWith503() {
    HttpResponse<String> health = start(Map.of()).get("/api/__health?id=nope");

    assertEquals(503, health.statusCode());
    assertEquals("Invalid runtime ID", health.body());
  }

  @Test
  void genkitRuntimeIdIsTheRuntimeFilesIdAndPassesTheHealthCheckAsDoesPidPort() throws Exception {
    start(Map.of("GENKIT_RUNTIME_ID", "my-runtime"));

    JsonNode file = Reflection.JSON.readTree(reflection.dev.runtimeFiles().get(0).toFile());
    assertEquals("my-runtime", file.path("id").asText());
    // The CLI sends the file's id; JS and Go compare it with pid-port and fail it (protocol 3.4): Flowdef takes both.
    assertEquals(200, reflection.get("/api/__health?id=my-runtime").statusCode());
    assertEquals(200, reflection.get("/api/__health?id=" + pidPort()).statusCode());
    assertEquals(503, reflection.get("/api/__health?id=other-runtime").statusCode());
  }

  @Test
  void actionsListsEveryFlowUnderItsKeyWithKeyNameAndOnlyNonEmptyDescriptions() {
    HttpResponse<String> response = start(Map.of()).get("/api/actions");

    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode actions = Reflection.json(response.body());
    Set<String> keys = new TreeSet<>();
    actions.fieldNames().forEachRemaining(keys::add);
    Set<String> expected = new TreeSet<>();
    TestFlows.registry().flows().forEach(flow -> expected.add("/flow/" + flow.name()));
    assertEquals(expected, keys);

    JsonNode echo = actions.path("/flow/echo");
    assertEquals(Set.of("key", "name", "description"), fieldNames(echo));
    assertEquals("/flow/echo", echo.path("key").asText());
    assertEquals("echo", echo.path("name").asText());
    assertEquals("Echoes text.", echo.path("description").asText());
    // No description: the key is left out, as JS does, rather than sent empty or null.
    assertEquals(Set.of("key", "name"), fieldNames(actions.path("/flow/countdown")));
    assertEquals(List.of(), nullsIn(actions, "$"));
  }

  @Test
  void valuesAnswersAnEmptyObjectForTheDefaultModelAndMiddleware() {
    start(Map.of());
    for (String type : List.of("defaultModel", "middleware")) {
      HttpResponse<String> values = reflection.get("/api/values?type=" + type);

      assertEquals(200, values.statusCode(), type);
      assertEquals("{}", values.body(), type);
    }
  }

  @Test
  void valuesWithoutTypeIs400() {
    HttpResponse<String> values = start(Map.of()).get("/api/values");

    assertEquals(400, values.statusCode());
    assertEquals("Query parameter \"type\" is required.", values.body());
  }

  @Test
  void valuesOfAnUnsupportedTypeIs400() {
    HttpResponse<String> values = start(Map.of()).get("/api/values?type=prompts");

    assertEquals(400, values.statusCode());
    assertEquals("'type' prompts is not supported. Only 'defaultModel' and 'middleware' are supported",
        values.body());
  }

  @Test
  void envsIsJustDev() {
    HttpResponse<String> envs = start(Map.of()).get("/api/envs");

    assertEquals(200, envs.statusCode());
    assertEquals("[\"dev\"]", envs.body());
  }

  @Test
  void anUnknownPathOrMethodIs404() {
    start(Map.of());

    HttpResponse<String> unknown = reflection.get("/api/nope");
    assertEquals(404, unknown.statusCode());
    assertEquals("Cannot GET /api/nope", unknown.body());
    assertEquals(404, reflection.get("/api/runAction").statusCode());
    assertEquals(404, reflection.post("/api/actions", "{}").statusCode());
  }

  @Test
  void everyAnswerCarriesOneJavaGenkitVersionHeader() {
    start(Map.of());
    List<HttpResponse<String>> responses = List.of(
        reflection.get("/api/__health"),
        reflection.get("/api/nope"),
        reflection.post("/api/runAction", "{\"key\":\"/flow/echo\",\"input\":{\"text\":\"hi\"}}"));

    for (HttpResponse<String> response : responses) {
      List<String> versions = response.headers().allValues("x-genkit-version");
      assertEquals(1, versions.size(), response.uri() + ": " + versions);
      assertTrue(versions.get(0).matches("java/\\d+\\.\\d+.*"), versions.get(0));
    }
  }

  @Test
  void notifyAnswersOk() {
    HttpResponse<String> notify = start(Map.of())
        .post("/api/notify", "{\"telemetryServerUrl\":\"http://localhost:4033\",\"reflectionApiSpecVersion\":1}");

    assertEquals(200, notify.statusCode());
    assertEquals("OK", notify.body());
  }

  @Test
  void outsideDevModeNothingStarts() {
    Assumptions.assumeFalse("dev".equals(System.getenv("GENKIT_ENV")), "this JVM runs with GENKIT_ENV=dev");

    assertFalse(DevMode.enabled());
    assertTrue(DevMode.startIfEnabled(TestFlows.registry(), ActionSchemas.NONE, InputValidator.none()).isEmpty());
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** JSON paths of every {@code null} under {@code node}: the tools' zod schemas reject null for optional fields. */
  static List<String> nullsIn(JsonNode node, String path) {
    List<String> nulls = new ArrayList<>();
    if (node.isNull()) {
      nulls.add(path);
    } else if (node.isObject()) {
      node.properties().forEach(field -> nulls.addAll(nullsIn(field.getValue(), path + "." + field.getKey())));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        nulls.addAll(nullsIn(node.get(i), path + "[" + i + "]"));
      }
    }
    return nulls;
  }

  @Test
  void aBodyThatIsNotJsonIsAnsweredWith400() {
    reflection = start(Map.of());

    HttpResponse<String> response = reflection.post("/api/cancelAction", "{\"traceId\":");

    assertEquals(400, response.statusCode());
    assertTrue(response.body().startsWith("Invalid JSON"), response.body());
  }

  @Test
  void aReflectionPortThatIsNotANumberIsAClearError() {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> start(Map.of("GENKIT_REFLECTION_PORT", "31oo")));

    assertTrue(thrown.getMessage().contains("GENKIT_REFLECTION_PORT must be a port number"), thrown.getMessage());
  }
}
