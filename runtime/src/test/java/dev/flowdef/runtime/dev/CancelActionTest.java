package dev.flowdef.runtime.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/cancelAction}: the Developer UI's cancel button (protocol 3.5, transcripts 49e-49f). */
@Timeout(30)
class CancelActionTest {
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

  @Test
  void cancellingARunningFlowByItsTraceIdEndsItsRunWithCode1() throws Exception {
    // The trace id header arrives before the flow runs, which is how the Developer UI learns what to cancel.
    HttpResponse<InputStream> running =
        reflection.postAsync("/api/runAction", "{\"key\":\"/flow/waitForCancel\"}").get(15, TimeUnit.SECONDS);
    String traceId = running.headers().firstValue("X-Genkit-Trace-Id").orElseThrow();

    HttpResponse<String> cancel = reflection.post("/api/cancelAction", "{\"traceId\":\"" + traceId + "\"}");

    assertEquals(200, cancel.statusCode());
    assertEquals(Reflection.json("{\"message\":\"Action cancelled\"}"), Reflection.json(cancel.body()));
    String body;
    try (InputStream in = running.body()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(200, running.statusCode());
    JsonNode error = Reflection.json(body).path("error");
    assertEquals(1, error.path("code").asInt(), body);
    assertEquals("Action was cancelled", error.path("message").asText());
    assertEquals(traceId, error.path("details").path("traceId").asText());
    assertTrue(body.endsWith("}"), "no newline after the final object");
  }

  @Test
  void aFinishedRunCanNoLongerBeCancelled() {
    HttpResponse<String> run =
        reflection.post("/api/runAction", "{\"key\":\"/flow/echo\",\"input\":{\"text\":\"hi\"}}");
    String traceId = run.headers().firstValue("X-Genkit-Trace-Id").orElseThrow();

    assertEquals(404, reflection.post("/api/cancelAction", "{\"traceId\":\"" + traceId + "\"}").statusCode());
  }

  @Test
  void anUnknownTraceIdIs404() {
    HttpResponse<String> cancel =
        reflection.post("/api/cancelAction", "{\"traceId\":\"00000000000000000000000000000000\"}");

    assertEquals(404, cancel.statusCode());
    assertEquals(Reflection.json("{\"message\":\"Action not found or already completed\"}"),
        Reflection.json(cancel.body()));
  }

  @Test
  void aMissingTraceIdIs400() {
    HttpResponse<String> cancel = reflection.post("/api/cancelAction", "{}");

    assertEquals(400, cancel.statusCode());
    assertEquals("{\"error\":\"traceId is required\"}", cancel.body());
  }
}
