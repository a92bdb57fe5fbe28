package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.runtime.FlowContext;
import dev.flowdef.runtime.http.TestFlows.Tick;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * Flows that fail the server: they hang (deaf to interrupts), return null where an output is required, or send
 * chunks after they returned. Each caller still gets one clear answer, and the server goes on serving.
 */
class FaultsTest extends EngineTestSupport {
  private static final String SSE = "text/event-stream";
  private final FaultFlows faults = new FaultFlows();

  @AfterEach
  void releaseStubbornFlows() {
    faults.release.countDown();
  }

  private Engine.Served serveFaults(Engine engine, ServerOptions options) throws Exception {
    return serve(engine, options, faults.registry(flows));
  }

  @OnEveryEngine
  void aFlowPastItsOwnTimeoutIsAnsweredDeadlineExceededThoughItIgnoresInterrupts(Engine engine) throws Exception {
    Engine.Served served = serveFaults(engine, ServerOptions.defaults());

    JsonNode error = assertError(Http.post(served.uri("/impatient"), "{\"data\":{\"n\":0}}"), 504, "DEADLINE_EXCEEDED");

    assertEquals("Flow 'impatient' did not finish within its timeout of 300ms", error.get("message").asText());
    assertEquals(200, Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"still here\"}}").statusCode());
  }

  @OnEveryEngine
  void aStreamPastItsTimeoutEndsWithADeadlineExceededFrameAfterItsChunks(Engine engine) throws Exception {
    Engine.Served served = serveFaults(engine, ServerOptions.defaults());

    HttpResponse<String> response = Http.post(served.uri("/impatient"), "{\"data\":{\"n\":2}}", "Accept", SSE);

    assertEquals(200, response.statusCode());
    assertEquals(
        "data: {\"message\":{\"i\":0}}\n\n"
            + "data: {\"message\":{\"i\":1}}\n\n"
            + "data: {\"error\":{\"status\":\"DEADLINE_EXCEEDED\","
            + "\"message\":\"Flow 'impatient' did not finish within its timeout of 300ms\"}}\n\n",
        response.body());
  }

  @OnEveryEngine
  void theServersTimeoutEndsFlowsWithoutOneOfTheirOwn(Engine engine) throws Exception {
    Engine.Served served = serveFaults(engine, ServerOptions.defaults().timeout(Duration.ofMillis(200)));

    JsonNode error = assertError(Http.post(served.uri("/stubborn"), "{\"data\":{\"n\":0}}"), 504, "DEADLINE_EXCEEDED");

    assertEquals("Flow 'stubborn' did not finish within its timeout of 200ms", error.get("message").asText());
    assertEquals("{\"result\":{\"done\":true,\"count\":2}}",
        Http.post(served.uri("/countdown"), "{\"data\":{\"n\":2}}").body(), "a quick flow is unaffected");
  }

  @OnEveryEngine
  void aNullOutputWhereTheTypeRequiresOneIsAnInternalError(Engine engine) throws Exception {
    Engine.Served served = serveFaults(engine, ServerOptions.defaults());

    HttpResponse<String> plain = Http.post(served.uri("/nothing"), "{\"data\":{\"n\":0}}");
    HttpResponse<String> streamed = Http.post(served.uri("/nothing"), "{\"data\":{\"n\":1}}", "Accept", SSE);

    assertEquals("Internal Error", assertError(plain, 500, "INTERNAL").get("message").asText());
    assertEquals(
        "data: {\"message\":{\"i\":0}}\n\n"
            + "data: {\"error\":{\"status\":\"INTERNAL\",\"message\":\"Internal Error\"}}\n\n",
        streamed.body());
  }

  @OnEveryEngine
  void chunksSentAfterTheFlowReturnedAreDroppedAndTheConnectionStaysClean(Engine engine) throws Exception {
    Engine.Served served = serveFaults(engine, ServerOptions.defaults());

    try (RawHttp connection = new RawHttp(served.base())) {
      RawHttp.Response first =
          connection.send(RawHttp.post("/chatty", "{\"data\":{\"n\":1}}", "Accept: " + SSE)).read();
      FlowContext<Tick> returned = faults.chattyContext.get(5, TimeUnit.SECONDS);
      assertDoesNotThrow(() -> returned.sendChunk(new Tick(99)), "a late chunk is ignored, not thrown");
      RawHttp.Response second = connection.send(RawHttp.post("/echo", "{\"data\":{\"text\":\"next\"}}")).read();

      assertEquals("data: {\"message\":{\"i\":0}}\n\ndata: {\"result\":{\"done\":true,\"count\":1}}\n\n", first.body());
      assertNotNull(second, "the connection was closed");
      assertEquals(200, second.status());
      assertEquals("{\"result\":{\"text\":\"next\",\"length\":4}}", second.body());
    }
  }

  @OnEveryEngine
  void stoppingTheServerMidStreamEndsTheStreamWithAnErrorFrameThoughTheFlowIgnoresIt(Engine engine)
      throws Exception {
    Engine.Served served = serveFaults(engine, ServerOptions.defaults());
    HttpRequest request = HttpRequest.newBuilder(served.uri("/stubborn"))
        .header("Content-Type", "application/json")
        .header("Accept", SSE)
        .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"n\":1}}"))
        .build();

    HttpResponse<InputStream> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    List<String> frames = new ArrayList<>();
    try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      frames.add(body.readLine()); // the stream is running, and its flow will not stop by itself
      CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
        try {
          stopServer();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      for (String line; (line = body.readLine()) != null; ) {
        if (!line.isEmpty()) {
          frames.add(line);
        }
      }
      stopped.get(10, TimeUnit.SECONDS);
    }

    assertEquals(List.of("data: {\"message\":{\"i\":0}}",
        "data: {\"error\":{\"status\":\"UNAVAILABLE\",\"message\":\"The server is shutting down\"}}"), frames);
  }
}
