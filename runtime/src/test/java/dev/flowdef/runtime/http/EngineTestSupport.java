package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.runtime.FlowRegistry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;

/** Starts a test's server on the engine under test and stops it after the test; shared assertions. */
@Timeout(20)
abstract class EngineTestSupport {
  final TestFlows flows = new TestFlows();
  private Engine.Served served;

  Engine.Served serve(Engine engine) throws Exception {
    return serve(engine, ServerOptions.defaults());
  }

  Engine.Served serve(Engine engine, ServerOptions options) throws Exception {
    return serve(engine, options, flows.registry());
  }

  Engine.Served serve(Engine engine, ServerOptions options, FlowRegistry registry) throws Exception {
    served = engine.serve(registry, options);
    return served;
  }

  /** Stops the test's server, once: after the test, or earlier when the test calls it. */
  @AfterEach
  void stopServer() throws Exception {
    Engine.Served running;
    synchronized (this) {
      running = served;
      served = null;
    }
    if (running != null) {
      running.stop();
    }
  }

  /** The response is the protocol's JSON error: that HTTP code, {@code {"error": {"status", "message", ...}}}. */
  static JsonNode assertError(HttpResponse<String> response, int httpStatus, String status) {
    assertEquals(httpStatus, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode body = Http.json(response.body());
    assertEquals(1, body.size(), "only the error key: " + body);
    JsonNode error = body.get("error");
    assertEquals(status, error.get("status").asText(), response.body());
    assertTrue(error.get("message").isTextual(), response.body());
    return error;
  }
}
