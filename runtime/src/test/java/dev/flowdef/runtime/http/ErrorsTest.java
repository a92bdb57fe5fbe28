package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.runtime.FlowStatus;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Flowdef's choice 4: a failed flow answers the HTTP code of its status and {@code {"error": {...}}}. */
class ErrorsTest extends EngineTestSupport {

  @OnEveryEngine
  void everyStatusAnswersItsHttpCodeWithMessageAndDetails(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    for (FlowStatus status : EnumSet.complementOf(EnumSet.of(FlowStatus.OK))) {
      HttpResponse<String> response = Http.post(served.uri("/fail"),
          "{\"data\":{\"status\":\"" + status + "\",\"message\":\"failed with " + status + "\"}}");

      JsonNode error = assertError(response, status.httpStatus(), status.name());
      assertEquals("failed with " + status, error.get("message").asText());
      assertEquals("{\"hint\":\"by design\"}", error.get("details").toString());
    }
  }

  @OnEveryEngine
  void theErrorBodyIsExactlyStatusMessageAndDetails(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response = Http.post(served.uri("/fail"),
        "{\"data\":{\"status\":\"PERMISSION_DENIED\",\"message\":\"user-facing denial\"}}");

    assertEquals(403, response.statusCode());
    assertEquals(
        "{\"error\":{\"status\":\"PERMISSION_DENIED\",\"message\":\"user-facing denial\","
            + "\"details\":{\"hint\":\"by design\"}}}",
        response.body());
  }

  @OnEveryEngine
  void anyOtherExceptionIsInternalErrorWithoutItsText(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response =
        Http.post(served.uri("/fail"), "{\"data\":{\"status\":\"PLAIN\",\"message\":\"\"}}");

    // As transcript 09c, wrapped in {"error": ...}.
    assertEquals(500, response.statusCode());
    assertEquals("{\"error\":{\"status\":\"INTERNAL\",\"message\":\"Internal Error\"}}", response.body());
    assertFalse(response.body().contains("secret"));
    assertEquals(32, response.headers().firstValue("x-genkit-trace-id").orElseThrow().length());
  }

  @Test
  void theStatusTableIsGenkits() {
    // Section 1.4 of the protocol reference.
    assertEquals(499, FlowStatus.CANCELLED.httpStatus());
    assertEquals(400, FlowStatus.FAILED_PRECONDITION.httpStatus());
    assertEquals(409, FlowStatus.ABORTED.httpStatus());
    assertEquals(429, FlowStatus.RESOURCE_EXHAUSTED.httpStatus());
    assertEquals(401, FlowStatus.UNAUTHENTICATED.httpStatus());
    assertEquals(501, FlowStatus.UNIMPLEMENTED.httpStatus());
    assertEquals(504, FlowStatus.DEADLINE_EXCEEDED.httpStatus());
  }
}
