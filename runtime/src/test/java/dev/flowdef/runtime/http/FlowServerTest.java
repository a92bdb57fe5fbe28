package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What only the embedded server does, on each of its engines: where it listens and how it stops. */
@Timeout(20)
class FlowServerTest {
  private final TestFlows flows = new TestFlows();

  @ParameterizedTest
  @EnumSource(FlowServer.Engine.class)
  void itsUrlNamesTheHostPortAndPathPrefix(FlowServer.Engine engine) {
    try (FlowServer server =
        FlowServer.builder(flows.registry()).engine(engine).host("127.0.0.1").port(0).pathPrefix("api/v1/").start()) {
      assertTrue(server.port() > 0);
      assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/"), server.uri());
      assertEquals(200, Http.post(server.uri().resolve("echo"), "{\"data\":{\"text\":\"x\"}}").statusCode());
    }
  }

  @ParameterizedTest
  @EnumSource(FlowServer.Engine.class)
  void stoppingEndsAStreamStillRunningAfterTheGracePeriodWithAnErrorFrame(FlowServer.Engine engine) throws Exception {
    FlowServer server = FlowServer.builder(flows.registry()).engine(engine).host("127.0.0.1").port(0).start();
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

  @ParameterizedTest
  @EnumSource(FlowServer.Engine.class)
  void stoppingLetsCallsFinishWithinTheGracePeriodThenClosesTheSocket(FlowServer.Engine engine) throws Exception {
    FlowServer server = FlowServer.builder(flows.registry()).engine(engine).host("127.0.0.1").port(0).start();
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

  /** The read timeout bounds reading a request, not a flow: one that runs silently for longer still answers. */
  @ParameterizedTest
  @EnumSource(FlowServer.Engine.class)
  void aCallSilentForLongerThanTheReadTimeoutStillAnswers(FlowServer.Engine engine) throws Exception {
    try (FlowServer server = FlowServer.builder(flows.registry()).engine(engine).host("127.0.0.1").port(0)
        .readTimeout(Duration.ofSeconds(1)).shutdownGrace(Duration.ZERO).start()) {
      CompletableFuture<HttpResponse<String>> call = CompletableFuture.supplyAsync(
          () -> Http.post(server.uri().resolve("paced"), "{\"data\":{\"n\":1}}"));
      while (!flows.pace.hasQueuedThreads()) {
        Thread.sleep(10); // until the flow is waiting for its tick
      }
      Thread.sleep(2500); // nothing on the connection for more than twice the read timeout

      flows.pace.release();

      assertEquals("{\"result\":{\"done\":true,\"count\":1}}", call.get(10, TimeUnit.SECONDS).body());
    }
  }

  @ParameterizedTest
  @EnumSource(FlowServer.Engine.class)
  void aStreamSilentForLongerThanTheReadTimeoutStillEnds(FlowServer.Engine engine) throws Exception {
    try (FlowServer server = FlowServer.builder(flows.registry()).engine(engine).host("127.0.0.1").port(0)
        .readTimeout(Duration.ofSeconds(1)).shutdownGrace(Duration.ZERO).start()) {
      HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("paced"))
          .header("Content-Type", "application/json")
          .header("Accept", "text/event-stream")
          .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"n\":1}}"))
          .build();
      CompletableFuture<HttpResponse<String>> call =
          Http.CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
      while (!flows.pace.hasQueuedThreads()) {
        Thread.sleep(10);
      }
      Thread.sleep(2500);

      flows.pace.release();

      String body = call.get(10, TimeUnit.SECONDS).body();
      assertTrue(body.endsWith("data: {\"result\":{\"done\":true,\"count\":1}}\n\n"), body);
    }
  }

  @ParameterizedTest
  @EnumSource(FlowServer.Engine.class)
  void aPortInUseFailsTheStartWithTheAddress(FlowServer.Engine engine) {
    try (FlowServer first = FlowServer.builder(flows.registry()).engine(engine).host("127.0.0.1").port(0).start()) {
      FlowServer.Builder second = FlowServer.builder(flows.registry()).engine(engine).host("127.0.0.1")
          .port(first.port());

      UncheckedIOException failure = assertThrows(UncheckedIOException.class, second::start);

      assertEquals("Could not listen on 127.0.0.1:" + first.port() + ": Address already in use", failure.getMessage());
    }
  }

  @Test
  void theEngineIsJettyWhenItIsThereUnlessTheSystemPropertyNamesOne() {
    assertEquals(FlowServer.Engine.JETTY, FlowServer.Engine.choose(null, () -> true));
    assertEquals(FlowServer.Engine.JDK, FlowServer.Engine.choose(null, () -> false));
    assertEquals(FlowServer.Engine.JDK, FlowServer.Engine.choose(" jdk ", () -> {
      throw new AssertionError("Jetty looked for when the property names the JDK's engine");
    }));
    assertEquals(FlowServer.Engine.JETTY, FlowServer.Engine.choose("Jetty", () -> true));
    IllegalStateException wrong =
        assertThrows(IllegalStateException.class, () -> FlowServer.Engine.choose("netty", () -> true));
    assertEquals("-Dflowdef.http.engine=netty names no engine: use jdk or jetty", wrong.getMessage());
  }
}
