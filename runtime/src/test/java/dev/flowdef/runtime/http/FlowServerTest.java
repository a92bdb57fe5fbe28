package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What only the embedded server does: where it listens and how it stops. */
@Timeout(20)
class FlowServerTest {
  private final TestFlows flows = new TestFlows();

  @Test
  void itsUrlNamesTheHostPortAndPathPrefix() {
    try (FlowServer server =
        FlowServer.builder(flows.registry()).host("127.0.0.1").port(0).pathPrefix("api/v1/").start()) {
      assertTrue(server.port() > 0);
      assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/"), server.uri());
      assertEquals(200, Http.post(server.uri().resolve("echo"), "{\"data\":{\"text\":\"x\"}}").statusCode());
    }
  }

  @Test
  void stoppingEndsAStreamStillRunningAfterTheGracePeriodWithAnErrorFrame() throws Exception {
    FlowServer server = FlowServer.builder(flows.registry()).host("127.0.0.1").port(0).start();
    HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("ticker"))
        .header("Content-Type", "application/json")
        .header("Accept", "text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build();
    HttpResponse<InputStream> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    List<String> lines = new ArrayList<>();
    try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      lines.add(body.readLine()); // the stream is running
      CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> server.stop(Duration.ofMillis(100)));
      for (String line; (line = body.readLine()) != null; ) {
        lines.add(line);
      }
      stopped.get(10, TimeUnit.SECONDS);
    }

    List<String> frames = lines.stream().filter(line -> !line.isEmpty()).toList();
    assertEquals(
        "data: {\"error\":{\"status\":\"UNAVAILABLE\",\"message\":\"The server is shutting down\"}}",
        frames.get(frames.size() - 1));
    assertTrue(flows.tickerCancelled.await(5, TimeUnit.SECONDS));
  }

  @Test
  void stoppingLetsCallsFinishWithinTheGracePeriodThenClosesTheSocket() throws Exception {
    FlowServer server = FlowServer.builder(flows.registry()).host("127.0.0.1").port(0).start();
    CompletableFuture<HttpResponse<String>> call = CompletableFuture.supplyAsync(
        () -> Http.post(server.uri().resolve("paced"), "{\"data\":{\"n\":1}}"));
    while (!flows.pace.hasQueuedThreads()) {
      Thread.sleep(10); // until the flow is waiting for its tick
    }

    CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(10)));
    flows.pace.release();

    assertEquals("{\"result\":{\"done\":true,\"count\":1}}", call.get(10, TimeUnit.SECONDS).body());
    stopped.get(10, TimeUnit.SECONDS);
    Exception refused = assertThrows(Exception.class,
        () -> Http.CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("echo")).build(),
            HttpResponse.BodyHandlers.ofString()));
    assertTrue(refused instanceof ConnectException || refused.getCause() instanceof ConnectException, refused::toString);
  }
}
