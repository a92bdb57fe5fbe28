package dev.flowdef.runtime.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spans exported to the CLI's telemetry server in Genkit's TraceData format (protocol 4.1-4.5). Every assertion on
 * captured spans runs right after {@code runAction} answered, without waiting: spans must be flushed before it answers.
 */
@Timeout(30)
class GenkitTelemetryTest {
  private static final String STEPS = "{\"key\":\"/flow/steps\",\"input\":{\"text\":\"abc\"}}";

  @TempDir Path project;
  private TraceCapture capture;
  private TraceCapture other;
  private Reflection reflection;

  @BeforeEach
  void startCapture() throws IOException {
    capture = TraceCapture.start();
    other = TraceCapture.start();
  }

  @AfterEach
  void stop() {
    if (reflection != null) {
      reflection.close();
    }
    capture.close();
    other.close();
  }

  private HttpResponse<String> runSteps(Map<String, String> environment) {
    reflection = Reflection.start(project, environment);
    return reflection.post("/api/runAction", STEPS);
  }

  private static String traceId(HttpResponse<?> response) {
    return response.headers().firstValue("X-Genkit-Trace-Id").orElseThrow();
  }

  @Test
  void notifyPointsTheExportAtTheCliTelemetryServer() {
    reflection = Reflection.start(project, Map.of());
    HttpResponse<String> notify = reflection.post("/api/notify",
        "{\"telemetryServerUrl\":\"" + capture.url() + "\",\"reflectionApiSpecVersion\":1}");
    assertEquals(200, notify.statusCode());

    HttpResponse<String> run = reflection.post("/api/runAction", STEPS);

    assertEquals(1, capture.ended(traceId(run), "steps").size(), capture.payloads().toString());
    assertEquals(List.of(), capture.otherRequests());
  }

  @Test
  void genkitTelemetryServerTakesPrecedenceOverNotify() {
    reflection = Reflection.start(project, Map.of("GENKIT_TELEMETRY_SERVER", capture.url()));
    reflection.post("/api/notify", "{\"telemetryServerUrl\":\"" + other.url() + "\",\"reflectionApiSpecVersion\":1}");

    HttpResponse<String> run = reflection.post("/api/runAction", STEPS);

    assertEquals(1, capture.ended(traceId(run), "steps").size());
    assertEquals(List.of(), other.payloads());
    assertEquals(List.of(), other.otherRequests());
  }

  @Test
  void everySpanOfARunIsAtTheServerWhenRunActionAnswers() {
    HttpResponse<String> run = runSteps(Map.of("GENKIT_TELEMETRY_SERVER", capture.url()));

    String traceId = traceId(run);
    // Checked at once: the Developer UI opens the trace as soon as runAction answers.
    assertEquals(1, capture.ended(traceId, "upper").size());
    assertEquals(1, capture.ended(traceId, "reversed").size());
    assertEquals(1, capture.ended(traceId, "steps").size());
    assertEquals(3, capture.payloads().size(), "one payload per ended span, nothing at start");
  }

  @Test
  void eachPayloadIsTraceDataWithOneWellFormedSpan() {
    HttpResponse<String> run = runSteps(Map.of("GENKIT_TELEMETRY_SERVER", capture.url()));

    for (JsonNode payload : capture.payloads()) {
      assertEquals(traceId(run), payload.path("traceId").asText());
      assertEquals(List.of(), ReflectionServerTest.nullsIn(payload, "$"), "optional fields are left out, not null");
      assertEquals(1, payload.path("spans").size(), payload.toString());
      String spanId = payload.path("spans").fieldNames().next();
      JsonNode span = payload.path("spans").path(spanId);
      assertTrue(spanId.matches("[0-9a-f]{16}"), spanId);
      assertEquals(spanId, span.path("spanId").asText());
      assertEquals(traceId(run), span.path("traceId").asText());
      assertTrue(span.path("startTime").isNumber() && span.path("startTime").asDouble() > 1.6e12, "ms since epoch");
      assertTrue(span.path("endTime").isNumber());
      assertTrue(span.path("endTime").asDouble() >= span.path("startTime").asDouble());
      assertTrue(span.path("attributes").isObject());
      assertEquals(span.path("attributes").path("genkit:name").asText(), span.path("displayName").asText());
      assertEquals("genkit-tracer", span.path("instrumentationLibrary").path("name").asText());
      assertEquals("INTERNAL", span.path("spanKind").asText());
      assertEquals(0, span.path("status").path("code").asInt());
      assertTrue(span.path("status").path("code").isInt());
    }
  }

  @Test
  void theFlowSpanIsTheRootWithGenkitsFlowAttributes() {
    HttpResponse<String> run = runSteps(Map.of("GENKIT_TELEMETRY_SERVER", capture.url()));

    JsonNode payload = capture.ended(traceId(run), "steps").get(0);
    String spanId = run.headers().firstValue("X-Genkit-Span-Id").orElseThrow();
    JsonNode span = payload.path("spans").path(spanId);
    assertEquals("steps", payload.path("displayName").asText());
    assertEquals(span.path("startTime").asDouble(), payload.path("startTime").asDouble());
    assertEquals(span.path("endTime").asDouble(), payload.path("endTime").asDouble());
    assertFalse(span.has("parentSpanId"), "a root span has no parentSpanId key");
    JsonNode attributes = span.path("attributes");
    assertEquals("action", attributes.path("genkit:type").asText());
    assertEquals("flow", attributes.path("genkit:metadata:subtype").asText());
    assertEquals("steps", attributes.path("genkit:name").asText());
    assertEquals("/{steps,t:flow}", attributes.path("genkit:path").asText());
    assertEquals("success", attributes.path("genkit:state").asText());
    assertTrue(attributes.path("genkit:isRoot").asBoolean() && attributes.path("genkit:isRoot").isBoolean());
    assertEquals("{\"text\":\"abc\"}", attributes.path("genkit:input").asText());
    assertEquals(Reflection.json("{\"upper\":\"ABC\",\"reversed\":\"CBA\"}"),
        Reflection.json(attributes.path("genkit:output").asText()));
  }

  @Test
  void aStepSpanIsAChildOfTheFlowSpan() {
    HttpResponse<String> run = runSteps(Map.of("GENKIT_TELEMETRY_SERVER", capture.url()));

    JsonNode payload = capture.ended(traceId(run), "upper").get(0);
    JsonNode span = payload.path("spans").elements().next();
    assertFalse(payload.has("displayName") || payload.has("startTime"), "trace-level fields come with the root only");
    assertEquals(run.headers().firstValue("X-Genkit-Span-Id").orElseThrow(), span.path("parentSpanId").asText());
    JsonNode attributes = span.path("attributes");
    assertEquals("flowStep", attributes.path("genkit:type").asText());
    assertEquals("upper", attributes.path("genkit:name").asText());
    assertEquals("/{steps,t:flow}/{upper,t:flowStep}", attributes.path("genkit:path").asText());
    assertEquals("\"ABC\"", attributes.path("genkit:output").asText());
    assertEquals("success", attributes.path("genkit:state").asText());
  }

  @Test
  void aFailedFlowSpanHasErrorStatusStateAndAnExceptionEvent() {
    reflection = Reflection.start(project, Map.of("GENKIT_TELEMETRY_SERVER", capture.url()));
    HttpResponse<String> run = reflection.post("/api/runAction", "{\"key\":\"/flow/fail\",\"input\":{\"text\":\"x\"}}");

    JsonNode span = capture.ended(traceId(run), "fail").get(0).path("spans").elements().next();
    assertEquals(2, span.path("status").path("code").asInt());
    assertEquals("fail flow always fails", span.path("status").path("message").asText());
    assertEquals("error", span.path("attributes").path("genkit:state").asText());
    assertTrue(span.path("attributes").path("genkit:isFailureSource").asBoolean());
    JsonNode event = span.path("timeEvents").path("timeEvent").path(0);
    assertEquals("exception", event.path("annotation").path("description").asText());
    assertEquals("fail flow always fails",
        event.path("annotation").path("attributes").path("exception.message").asText());
    assertTrue(event.path("time").isNumber());
  }

  @Test
  void inRealtimeModeEachSpanIsAlsoSentAtItsStartWithEndTimeZero() {
    Map<String, String> environment = new HashMap<>();
    environment.put("GENKIT_TELEMETRY_SERVER", capture.url());
    environment.put("GENKIT_ENABLE_REALTIME_TELEMETRY", "true");
    HttpResponse<String> run = runSteps(environment);

    String flowSpanId = run.headers().firstValue("X-Genkit-Span-Id").orElseThrow();
    List<String> sequence = new ArrayList<>();
    for (JsonNode payload : capture.payloads()) {
      JsonNode span = payload.path("spans").elements().next();
      boolean started = span.path("endTime").asDouble() == 0;
      sequence.add((started ? "start " : "end ") + span.path("displayName").asText());
      if (started && span.path("spanId").asText().equals(flowSpanId)) {
        assertTrue(span.path("endTime").isNumber());
        assertEquals("steps", payload.path("displayName").asText());
        assertFalse(payload.has("endTime"), "a running trace has no end time yet");
      }
    }
    assertEquals(List.of("start steps", "start upper", "end upper", "start reversed", "end reversed", "end steps"),
        sequence);
  }

  @Test
  void telemetryLabelsOfARunAreAttributesOfItsRootSpanOnly() {
    reflection = Reflection.start(project, Map.of("GENKIT_TELEMETRY_SERVER", capture.url()));

    HttpResponse<String> run = reflection.post("/api/runAction",
        "{\"key\":\"/flow/steps\",\"input\":{\"text\":\"abc\"},\"telemetryLabels\":{\"batchRun\":\"nightly\"}}");

    JsonNode root = capture.ended(traceId(run), "steps").get(0).path("spans").elements().next();
    assertEquals("nightly", root.path("attributes").path("batchRun").asText(), root.toString());
    JsonNode step = capture.ended(traceId(run), "upper").get(0).path("spans").elements().next();
    assertTrue(step.path("attributes").path("batchRun").isMissingNode(), step.toString());
  }
}
