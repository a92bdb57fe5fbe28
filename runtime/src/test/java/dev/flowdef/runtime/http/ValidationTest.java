package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.runtime.validation.InputValidator;
import dev.flowdef.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** Flowdef's choice 6: the input validator's violations answer INVALID_ARGUMENT with {@code details.errors}. */
class ValidationTest extends EngineTestSupport {

  @OnEveryEngine
  void everyViolationIsListedInDetailsErrors(Engine engine) throws Exception {
    InputValidator validator = (flow, input) -> input.has("text")
        ? List.of()
        : List.of(new Violation("(root)", "must have required property 'text'"), new Violation("x", "must be string"));
    Engine.Served served = serve(engine, ServerOptions.defaults().validator(validator));

    JsonNode error = assertError(Http.post(served.uri("/echo"), "{\"data\":{\"x\":1}}"), 400, "INVALID_ARGUMENT");

    assertEquals(
        "[{\"path\":\"(root)\",\"message\":\"must have required property 'text'\"},"
            + "{\"path\":\"x\",\"message\":\"must be string\"}]",
        error.get("details").get("errors").toString());
    assertEquals(200, Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"ok\"}}").statusCode());
  }

  @OnEveryEngine
  void theValidatorSeesTheFlowAndItsData(Engine engine) throws Exception {
    List<String> seen = new ArrayList<>();
    InputValidator validator = (flow, input) -> {
      seen.add(flow.name() + " " + input);
      return List.of();
    };
    Engine.Served served = serve(engine, ServerOptions.defaults().validator(validator));

    Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"a\"}}");
    Http.post(served.uri("/context"), "{}");

    assertEquals(List.of("echo {\"text\":\"a\"}", "context null"), seen);
  }

  @OnEveryEngine
  void aFlowWithInvalidInputNeverRuns(Engine engine) throws Exception {
    InputValidator refuseAll = (flow, input) -> List.of(new Violation("(root)", "no"));
    Engine.Served served = serve(engine, ServerOptions.defaults().validator(refuseAll));

    JsonNode error = assertError(
        Http.post(served.uri("/ticker"), "{}", "Accept", "text/event-stream"), 400, "INVALID_ARGUMENT");

    assertEquals(1, flows.tickerEnded.getCount(), "the ticker never started");
    assertNull(error.get("details").get("schema"));
  }
}
