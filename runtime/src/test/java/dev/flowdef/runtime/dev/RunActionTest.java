package dev.flowdef.runtime.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/runAction}, compared with the JS runtime's answers (transcripts 43-48). */
@Timeout(30)
class RunActionTest {
  private static final String HEX32 = "[0-9a-f]{32}";

  @TempDir Path project;
  private Reflection reflection;

  @BeforeEach
  void start() {
    reflection = Reflection.start(project, Map.of());
  }

  @AfterEach
  void stop() {
    reflection.close();
  }

  private static String traceId(HttpResponse<?> response) {
    return response.headers().firstValue("X-Genkit-Trace-Id").orElseThrow();
  }

  @Test
  void aRunAnswersTheResultAndItsTraceIdInHeadersAndBody() {
    HttpResponse<String> response =
        reflection.post("/api/runAction", "{\"key\":\"/flow/echo\",\"input\":{\"text\":\"hello\"}}");

    assertEquals(200, response.statusCode());
    String traceId = traceId(response);
    assertTrue(traceId.matches(HEX32), traceId);
    assertTrue(response.headers().firstValue("X-Genkit-Span-Id").orElseThrow().matches("[0-9a-f]{16}"));
    assertTrue(response.headers().firstValue("x-genkit-version").orElseThrow().startsWith("java/"));
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("{\"result\":{\"text\":\"hello\",\"length\":5},\"telemetry\":{\"traceId\":\"" + traceId + "\"}}",
        response.body());
  }

  @Test
  void aMapInputArrivesAsAMapAndFieldsTheCliAddsAreIgnored() {
    HttpResponse<String> response = reflection.post("/api/runAction",
        "{\"key\":\"/flow/sortKeys\",\"input\":{\"b\":1,\"a\":{\"c\":[true]}},\"runtimeId\":\"x\",\"extra\":2}");

    assertEquals(200, response.statusCode());
    assertEquals(Reflection.json("{\"a\":{\"c\":[true]},\"b\":1}"), Reflection.json(response.body()).path("result"));
  }

  @Test
  void theRequestsContextIsTheFlowsRequestContext() {
    HttpResponse<String> response = reflection.post("/api/runAction",
        "{\"key\":\"/flow/whoami\",\"context\":{\"auth\":{\"uid\":\"ada\"}}}");

    assertEquals(Reflection.json("{\"auth\":{\"uid\":\"ada\"}}"), Reflection.json(response.body()).path("result"));
  }

  @Test
  void streamingSendsRawChunksAsNdjsonThenTheResultWithNoNewlineAfterIt() {
    HttpResponse<byte[]> response =
        reflection.postForBytes("/api/runAction?stream=true", "{\"key\":\"/flow/countdown\",\"input\":{\"n\":3}}");

    assertEquals(200, response.statusCode());
    assertEquals("text/plain", response.headers().firstValue("Content-Type").orElseThrow());
    String expected = "{\"i\":0}\n{\"i\":1}\n{\"i\":2}\n"
        + "{\"result\":{\"done\":true,\"count\":3},\"telemetry\":{\"traceId\":\"" + traceId(response) + "\"}}";
    assertEquals(expected, new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void withoutStreamingTheChunksAreDropped() {
    HttpResponse<String> response =
        reflection.post("/api/runAction", "{\"key\":\"/flow/countdown\",\"input\":{\"n\":3}}");

    assertEquals("{\"result\":{\"done\":true,\"count\":3},\"telemetry\":{\"traceId\":\"" + traceId(response) + "\"}}",
        response.body());
  }

  @Test
  void aStreamThatFailsEndsWithTheErrorObjectAfterItsChunks() {
    HttpResponse<String> response =
        reflection.post("/api/runAction?stream=true", "{\"key\":\"/flow/failStream\",\"input\":{\"n\":2}}");

    assertEquals(200, response.statusCode());
    String[] lines = response.body().split("\n", -1);
    assertEquals(3, lines.length, response.body());
    assertEquals("{\"i\":0}", lines[0]);
    assertEquals("{\"i\":1}", lines[1]);
    JsonNode error = Reflection.json(lines[2]).path("error");
    assertEquals(13, error.path("code").asInt());
    assertEquals("INTERNAL: boom after chunks", error.path("message").asText());
    assertEquals(traceId(response), error.path("details").path("traceId").asText());
  }

  @Test
  void aFlowExceptionAnswers200WithItsCanonicalCodeStatusPrefixedMessageStackAndTraceId() {
    HttpResponse<String> response =
        reflection.post("/api/runAction", "{\"key\":\"/flow/fail\",\"input\":{\"text\":\"x\"}}");

    assertEquals(200, response.statusCode());
    JsonNode body = Reflection.json(response.body());
    assertEquals(1, body.size(), "only the error: " + body);
    JsonNode error = body.path("error");
    assertEquals(9, error.path("code").asInt());
    assertEquals("FAILED_PRECONDITION: fail flow always fails", error.path("message").asText());
    assertTrue(error.path("details").path("stack").asText().contains("fail flow always fails"));
    assertEquals(traceId(response), error.path("details").path("traceId").asText());
    assertTrue(traceId(response).matches(HEX32));
  }

  @Test
  void aPlainExceptionIsInternalWithItsRealMessageForTheDeveloper() {
    HttpResponse<String> response =
        reflection.post("/api/runAction", "{\"key\":\"/flow/crash\",\"input\":{\"text\":\"x\"}}");

    assertEquals(200, response.statusCode());
    JsonNode error = Reflection.json(response.body()).path("error");
    assertEquals(13, error.path("code").asInt());
    assertEquals("plain error with internals", error.path("message").asText());
    assertTrue(error.path("details").path("stack").asText().startsWith("java.lang.IllegalStateException"));
    assertEquals(traceId(response), error.path("details").path("traceId").asText());
  }

  @Test
  void anUnknownActionIs404WithJsText() {
    HttpResponse<String> response = reflection.post("/api/runAction", "{\"key\":\"/flow/nope\",\"input\":{}}");

    assertEquals(404, response.statusCode());
    assertEquals("action /flow/nope not found", response.body());
  }

  @Test
  void aKeyOfAnotherActionTypeIs404() {
    assertEquals(404, reflection.post("/api/runAction", "{\"key\":\"/model/echo\"}").statusCode());
  }

  @Test
  void malformedJsonAnswers200WithCode13() {
    HttpResponse<String> response = reflection.post("/api/runAction", "{\"key\":");

    assertEquals(200, response.statusCode());
    JsonNode error = Reflection.json(response.body()).path("error");
    assertEquals(13, error.path("code").asInt());
    assertFalse(error.path("message").asText().isEmpty());
    assertTrue(error.path("details").has("stack"));
  }

  @Test
  void inputOfTheWrongJsonTypeAnswers200WithInvalidArgument() {
    HttpResponse<String> response =
        reflection.post("/api/runAction", "{\"key\":\"/flow/countdown\",\"input\":{\"n\":\"three\"}}");

    assertEquals(200, response.statusCode());
    JsonNode error = Reflection.json(response.body()).path("error");
    assertEquals(3, error.path("code").asInt());
    assertTrue(error.path("message").asText().startsWith("INVALID_ARGUMENT: "), error.path("message").asText());
    assertTrue(error.path("details").has("stack"));
  }
}
