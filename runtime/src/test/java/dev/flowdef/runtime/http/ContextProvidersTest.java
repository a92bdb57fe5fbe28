package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowStatus;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Context providers, as in Genkit: they see the request, build the flow's request context, or refuse the call. */
class ContextProvidersTest extends EngineTestSupport {

  @OnEveryEngine
  void aProviderSeesMethodLowerCasedHeadersAndInput(Engine engine) throws Exception {
    List<RequestData> seen = new ArrayList<>();
    ContextProvider recorder = request -> {
      seen.add(request);
      return Map.of("user", request.header("x-user"));
    };
    Engine.Served served = serve(engine, ServerOptions.defaults().contextProvider(recorder));

    HttpResponse<String> response =
        Http.post(served.uri("/context"), "{\"data\":{\"q\":1}}", "X-User", "ada", "X-Trace-Me", "yes");

    assertEquals("{\"result\":{\"user\":\"ada\"}}", response.body());
    RequestData request = seen.get(0);
    assertEquals("POST", request.method());
    assertEquals("ada", request.headers().get("x-user"));
    assertEquals("yes", request.headers().get("x-trace-me"));
    assertEquals("{\"q\":1}", request.input().toString());
  }

  @OnEveryEngine
  void providersMergeInOrderLaterKeysWinning(Engine engine) throws Exception {
    ServerOptions options = ServerOptions.defaults()
        .contextProvider(request -> Map.of("a", 1, "b", 1))
        .contextProvider(request -> Map.of("b", 2))
        .contextProvider(request -> null);
    Engine.Served served = serve(engine, options);

    HttpResponse<String> response = Http.post(served.uri("/context"), "{}");

    assertEquals(Http.json("{\"result\":{\"a\":1,\"b\":2}}"), Http.json(response.body()));
  }

  @OnEveryEngine
  void aFlowsOwnProviderRunsAfterTheServersForThatFlowOnly(Engine engine) throws Exception {
    ContextProvider denier = request -> {
      throw new FlowException(FlowStatus.PERMISSION_DENIED, "not you");
    };
    ServerOptions options = ServerOptions.defaults()
        .contextProvider(request -> Map.of("a", 1, "b", 1))
        .contextProvider("context", request -> Map.of("b", 3))
        .contextProvider("ticker", denier);
    Engine.Served served = serve(engine, options);

    HttpResponse<String> context = Http.post(served.uri("/context"), "{}");
    HttpResponse<String> ticker = Http.post(served.uri("/ticker"), "{}", "Accept", "text/event-stream");

    assertEquals(Http.json("{\"result\":{\"a\":1,\"b\":3}}"), Http.json(context.body()));
    assertError(ticker, 403, "PERMISSION_DENIED");
    assertEquals(1, flows.tickerEnded.getCount(), "the ticker never started");
  }

  @Test
  void aProviderForAFlowNotServedIsRefusedWhenTheHandlerIsBuilt() {
    FlowHandler.Builder builder = FlowHandler.builder(flows.registry()).contextProvider("contxt", request -> Map.of());

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, builder::build);

    assertTrue(refused.getMessage().startsWith("A context provider is set for flow 'contxt', which is not registered"),
        refused.getMessage());
  }

  @OnEveryEngine
  void aProviderRefusesWithItsStatusAndTheFlowNeverRuns(Engine engine) throws Exception {
    ContextProvider denier = request -> {
      throw new FlowException(FlowStatus.PERMISSION_DENIED, "not you", Map.of("need", "admin"));
    };
    Engine.Served served = serve(engine, ServerOptions.defaults().contextProvider(denier));

    HttpResponse<String> response = Http.post(served.uri("/ticker"), "{}", "Accept", "text/event-stream");

    assertError(response, 403, "PERMISSION_DENIED");
    assertEquals(
        "{\"error\":{\"status\":\"PERMISSION_DENIED\",\"message\":\"not you\",\"details\":{\"need\":\"admin\"}}}",
        response.body());
    assertEquals(1, flows.tickerEnded.getCount(), "the ticker never started");
  }

  @OnEveryEngine
  void theApiKeyProviderAsksForTheKeyAndChecksIt(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults().contextProvider(ContextProvider.apiKey("s3cret")));

    HttpResponse<String> missing = Http.post(served.uri("/context"), "{}");
    HttpResponse<String> wrong = Http.post(served.uri("/context"), "{}", "Authorization", "s3cre");
    HttpResponse<String> right = Http.post(served.uri("/context"), "{}", "Authorization", "s3cret");

    assertEquals("Unauthenticated", assertError(missing, 401, "UNAUTHENTICATED").get("message").asText());
    assertEquals("Permission Denied", assertError(wrong, 403, "PERMISSION_DENIED").get("message").asText());
    assertEquals("{\"result\":{\"auth\":{\"apiKey\":\"s3cret\"}}}", right.body());
  }

  @OnEveryEngine
  void theUncheckedApiKeyProviderPassesTheKeyThrough(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults().contextProvider(ContextProvider.apiKey()));

    assertEquals("{\"result\":{\"auth\":{\"apiKey\":\"any\"}}}",
        Http.post(served.uri("/context"), "{}", "Authorization", "any").body());
    assertEquals("{\"result\":{\"auth\":{}}}", Http.post(served.uri("/context"), "{}").body());
  }

  @OnEveryEngine
  void aProviderThatBreaksIsAnInternalErrorWithoutItsText(Engine engine) throws Exception {
    ContextProvider broken = request -> {
      throw new IllegalStateException("secret database password");
    };
    Engine.Served served = serve(engine, ServerOptions.defaults().contextProvider(broken));

    HttpResponse<String> response = Http.post(served.uri("/context"), "{}");

    assertEquals("Internal Error", assertError(response, 500, "INTERNAL").get("message").asText());
    assertNull(Http.json(response.body()).get("error").get("details"));
  }
}
