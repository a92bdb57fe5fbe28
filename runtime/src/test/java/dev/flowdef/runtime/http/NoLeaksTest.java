package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.validation.InputValidator;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Flowdef's choice 4 on every error path: an exception that is not a {@code FlowException} (from a flow, a step of
 * its answer, a context provider, the validator, an input's constructor, the serialiser of a chunk or an output)
 * reaches the caller as {@code INTERNAL} "Internal Error" or as a plain input error, never with its text, its class
 * name or a stack trace. The fuzzer holds every other answer to the same rule (WireChecks).
 */
class NoLeaksTest extends EngineTestSupport {
  private static final String SECRET = "s3cr3t-db-password";
  private static final List<String> INSIDES = List.of(SECRET, "Exception", "\tat ", "dev.flowdef", "java.");

  /** An input whose constructor refuses with a secret in its message. */
  record Guarded(String value) {
    Guarded {
      if (value.equals("bad")) {
        throw new IllegalArgumentException("bad value, see " + SECRET);
      }
    }
  }

  /** A value whose serialiser fails with a secret in its message. */
  @JsonSerialize(using = Leaky.Writer.class)
  record Leaky(int n) {
    static final class Writer extends JsonSerializer<Leaky> {
      @Override
      public void serialize(Leaky value, JsonGenerator json, SerializerProvider provider) throws IOException {
        throw new IllegalStateException("cannot write, " + SECRET);
      }
    }
  }

  private static final FlowDescriptor<Guarded, Leaky, Leaky> LEAKY =
      new FlowDescriptor<>("leaky", "Fails in the way its input asks.", Guarded.class, Leaky.class, Leaky.class);

  private FlowRegistry registry() {
    FlowRegistry.Builder builder = FlowRegistry.builder().register(Flow.of(LEAKY, (in, ctx) -> {
      switch (in.value()) {
        case "throw" -> throw new IllegalStateException("query failed with " + SECRET);
        case "checked" -> throw new IOException("disk full at /var/" + SECRET);
        case "chunk" -> ctx.sendChunk(new Leaky(1));
        default -> { }
      }
      return CompletableFuture.completedFuture(new Leaky(2));
    }));
    flows.registry().flows().forEach(builder::register);
    return builder.build();
  }

  private static void assertNothingLeaks(HttpResponse<String> response) {
    for (String inside : INSIDES) {
      assertFalse(response.body().contains(inside), "'" + inside + "' reached the caller: " + response.body());
    }
  }

  @OnEveryEngine
  void failuresInsideTheFlowOrItsAnswerAreInternalErrorsWithoutTheirText(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults(), registry());

    for (String value : new String[] {"throw", "checked", "output", "chunk"}) {
      String body = "{\"data\":{\"value\":\"" + value + "\"}}";
      HttpResponse<String> plain = Http.post(served.uri("/leaky"), body);
      HttpResponse<String> streamed = Http.post(served.uri("/leaky"), body, "Accept", "text/event-stream");

      if (!value.equals("chunk")) { // a chunk is dropped when the caller does not stream, so the output fails
        assertEquals("Internal Error", assertError(plain, 500, "INTERNAL").get("message").asText(), value);
      }
      assertNothingLeaks(plain);
      assertNothingLeaks(streamed);
      assertEquals(true, streamed.body().endsWith(
          "data: {\"error\":{\"status\":\"INTERNAL\",\"message\":\"Internal Error\"}}\n\n"), streamed.body());
    }
  }

  @OnEveryEngine
  void anInputItsConstructorRefusesIsAnInputErrorWithoutTheConstructorsText(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults(), registry());

    HttpResponse<String> response = Http.post(served.uri("/leaky"), "{\"data\":{\"value\":\"bad\"}}");

    assertEquals("Input of flow 'leaky' does not fit its type: (root): the value was refused by its type",
        assertError(response, 400, "INVALID_ARGUMENT").get("message").asText());
    assertNothingLeaks(response);
  }

  @OnEveryEngine
  void aContextProviderOrValidatorThatCrashesIsAnInternalErrorWithoutItsText(Engine engine) throws Exception {
    ContextProvider crashing = request -> {
      throw new IllegalStateException("token store unreachable: " + SECRET);
    };
    InputValidator broken = (flow, input) -> {
      throw new IllegalStateException("schema cache corrupt: " + SECRET);
    };
    Engine.Served withProvider = serve(engine, ServerOptions.defaults().contextProvider(crashing), registry());
    HttpResponse<String> providerFailed = Http.post(withProvider.uri("/echo"), "{\"data\":{\"text\":\"x\"}}");
    stopServer();
    Engine.Served withValidator = serve(engine, ServerOptions.defaults().validator(broken), registry());
    HttpResponse<String> validatorFailed =
        Http.post(withValidator.uri("/echo"), "{\"data\":{\"text\":\"x\"}}", "Accept", "text/event-stream");

    assertEquals("Internal Error", assertError(providerFailed, 500, "INTERNAL").get("message").asText());
    assertEquals("Internal Error", assertError(validatorFailed, 500, "INTERNAL").get("message").asText());
    assertNothingLeaks(providerFailed);
    assertNothingLeaks(validatorFailed);
  }
}
