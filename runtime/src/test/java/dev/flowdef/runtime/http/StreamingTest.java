package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Flowdef's choice 3: server-sent events, a frame per chunk and exactly one terminal frame. */
class StreamingTest extends EngineTestSupport {
  private static final String COUNTDOWN_FRAMES =
      "data: {\"message\":{\"i\":0}}\n\n"
          + "data: {\"message\":{\"i\":1}}\n\n"
          + "data: {\"message\":{\"i\":2}}\n\n"
          + "data: {\"result\":{\"done\":true,\"count\":3}}\n\n";

  @OnEveryEngine
  void streamsChunksInOrderThenTheResultWhenAcceptingEventStreams(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response =
        Http.post(served.uri("/countdown"), "{\"data\":{\"n\":3}}", "Accept", "text/event-stream");

    // The de-chunked body of transcript 02_countdown_sse_accept, byte for byte.
    assertEquals(200, response.statusCode());
    assertEquals(COUNTDOWN_FRAMES, response.body());
    assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("no", response.headers().firstValue("X-Accel-Buffering").orElseThrow());
  }

  @OnEveryEngine
  void streamsWhenTheQueryAsksForIt(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response = Http.post(served.uri("/countdown?stream=true"), "{\"data\":{\"n\":3}}");

    assertEquals(COUNTDOWN_FRAMES, response.body());
  }

  @OnEveryEngine
  void findsEventStreamAnywhereInTheAcceptHeaderIgnoringCase(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response = Http.post(
        served.uri("/countdown"), "{\"data\":{\"n\":3}}", "Accept", "application/json, TEXT/Event-Stream;q=0.9");

    assertEquals(COUNTDOWN_FRAMES, response.body());
  }

  @OnEveryEngine
  void doesNotStreamForOtherQueryValues(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response = Http.post(served.uri("/countdown?stream=false"), "{\"data\":{\"n\":3}}");

    // As transcript 03b: a streaming flow called without streaming answers its result only.
    assertEquals("{\"result\":{\"done\":true,\"count\":3}}", response.body());
  }

  @OnEveryEngine
  void aFlowThatDoesNotStreamAnswersJustTheResultFrame(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response =
        Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"hi\"}}", "Accept", "text/event-stream");

    // As transcript 03d.
    assertEquals("data: {\"result\":{\"text\":\"hi\",\"length\":2}}\n\n", response.body());
  }

  @OnEveryEngine
  void aStreamWithoutChunksIsJustTheResultFrame(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response =
        Http.post(served.uri("/countdown"), "{\"data\":{\"n\":0}}", "Accept", "text/event-stream");

    // As transcript 03c.
    assertEquals("data: {\"result\":{\"done\":true,\"count\":0}}\n\n", response.body());
  }

  @OnEveryEngine
  void flushesEachChunkAsTheFlowSendsIt(Engine engine) throws Exception {
    Engine.Served served = serve(engine);
    HttpRequest request = HttpRequest.newBuilder(served.uri("/paced"))
        .timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json")
        .header("Accept", "text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"n\":2}}"))
        .build();

    HttpResponse<InputStream> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (BufferedReader body =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      // The flow sends its next tick only once the previous one was read here, so each must have been flushed.
      flows.pace.release();
      assertEquals("data: {\"message\":{\"i\":0}}", body.readLine());
      assertEquals("", body.readLine());
      flows.pace.release();
      assertEquals("data: {\"message\":{\"i\":1}}", body.readLine());
      assertEquals("", body.readLine());
      assertEquals("data: {\"result\":{\"done\":true,\"count\":2}}", body.readLine());
      assertEquals("", body.readLine());
      assertEquals(null, body.readLine());
    }
  }

  @OnEveryEngine
  void aFailureAfterChunksEndsTheStreamWithOneErrorFrame(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response =
        Http.post(served.uri("/failStream"), "{\"data\":{\"n\":2}}", "Accept", "text/event-stream");

    // Transcript 10_error_midstream, with Flowdef's data: prefix on the error frame.
    assertEquals(200, response.statusCode());
    assertEquals(
        "data: {\"message\":{\"i\":0}}\n\n"
            + "data: {\"message\":{\"i\":1}}\n\n"
            + "data: {\"error\":{\"status\":\"INTERNAL\",\"message\":\"boom after chunks\"}}\n\n",
        response.body());
  }

  @OnEveryEngine
  void aFlowErrorInAStreamCarriesItsStatusAndDetails(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response = Http.post(served.uri("/fail"),
        "{\"data\":{\"status\":\"FAILED_PRECONDITION\",\"message\":\"fail flow always fails\"}}",
        "Accept", "text/event-stream");

    assertEquals(
        "data: {\"error\":{\"status\":\"FAILED_PRECONDITION\",\"message\":\"fail flow always fails\","
            + "\"details\":{\"hint\":\"by design\"}}}\n\n",
        response.body());
  }

  @OnEveryEngine
  void anUnexpectedFailureInAStreamIsAnInternalErrorFrameWithoutItsText(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response = Http.post(
        served.uri("/fail"), "{\"data\":{\"status\":\"PLAIN\",\"message\":\"\"}}", "Accept", "text/event-stream");

    assertEquals("data: {\"error\":{\"status\":\"INTERNAL\",\"message\":\"Internal Error\"}}\n\n", response.body());
    assertFalse(response.body().contains("secret"));
  }

  @OnEveryEngine
  void aRequestRefusedBeforeTheFlowIsAPlainJsonErrorEvenWhenStreaming(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults().contextProvider(ContextProvider.apiKey("k")));

    HttpResponse<String> response =
        Http.post(served.uri("/countdown"), "{\"data\":{\"n\":3}}", "Accept", "text/event-stream");

    assertError(response, 401, "UNAUTHENTICATED");
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
  }

  @OnEveryEngine
  void aChunkOrOutputJacksonCannotWriteStillEndsTheStreamWithAnErrorFrame(Engine engine) throws Exception {
    Engine.Served served = serve(engine);
    String internal = "data: {\"error\":{\"status\":\"INTERNAL\",\"message\":\"Internal Error\"}}\n\n";

    HttpResponse<String> badChunk =
        Http.post(served.uri("/unwritable"), "{\"data\":{\"n\":1}}", "Accept", "text/event-stream");
    HttpResponse<String> badOutput =
        Http.post(served.uri("/unwritable"), "{\"data\":{\"n\":0}}", "Accept", "text/event-stream");
    HttpResponse<String> badPlainOutput = Http.post(served.uri("/unwritable"), "{\"data\":{\"n\":0}}");

    assertEquals(internal, badChunk.body());
    assertEquals(internal, badOutput.body());
    assertError(badPlainOutput, 500, "INTERNAL");
  }
}
