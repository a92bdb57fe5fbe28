package dev.flowdef.interop.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.client.FlowCallOptions;
import dev.flowdef.client.FlowClientException;
import dev.flowdef.client.FlowClientStream;
import dev.flowdef.interop.clients.InteropFlows.CountdownInput;
import dev.flowdef.interop.clients.InteropFlows.CountdownOutput;
import dev.flowdef.interop.clients.InteropFlows.EchoInput;
import dev.flowdef.interop.clients.InteropFlows.EchoOutput;
import dev.flowdef.interop.clients.InteropFlows.FailInput;
import dev.flowdef.interop.clients.InteropFlows.Tick;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.ContextProvider;
import dev.flowdef.runtime.http.FlowServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Java client the processor generated for {@link InteropFlows} ({@code InteropFlowsClient}), against Flowdef's
 * own server on loopback: plain calls, streams, errors from the HTTP status and from a stream's error frame,
 * cancellation, headers.
 */
@Timeout(60)
class JavaClientAgainstFlowdefTest {
  private static final AtomicReference<String> lastHeader = new AtomicReference<>();
  private static FlowServer server;
  private static InteropFlowsClient client;

  @BeforeAll
  static void start() {
    ContextProvider recordHeader = request -> {
      lastHeader.set(request.headers().get("x-test"));
      return Map.of();
    };
    server = FlowServer.builder(FlowRegistry.builder().register(new InteropFlows_Flows()).build())
        .host("127.0.0.1").port(0).contextProvider(recordHeader).start();
    client = InteropFlowsClient.builder(server.uri().toString()).header("X-Test", "default").build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void runsAFlowWithItsOwnRecords() {
    assertEquals(new EchoOutput("héllo 🌍", 8), client.echo(new EchoInput("héllo 🌍")));
  }

  @Test
  void streamsChunksInOrderThenTheOutput() {
    List<Tick> chunks = new ArrayList<>();
    try (FlowClientStream<Tick, CountdownOutput> stream = client.streamCountdown(new CountdownInput(3))) {
      stream.forEach(chunks::add);
      assertEquals(new CountdownOutput(true, 3), stream.output());
    }
    assertEquals(List.of(new Tick(0), new Tick(1), new Tick(2)), chunks);
  }

  @Test
  void callsAStreamingFlowWithoutStreaming() {
    assertEquals(new CountdownOutput(true, 2), client.countdown(new CountdownInput(2)));
  }

  @Test
  void anErrorResponseCarriesStatusMessageAndDetails() {
    FlowClientException error = assertThrows(FlowClientException.class, () -> client.fail(new FailInput("x")));

    assertEquals("FAILED_PRECONDITION", error.status());
    assertEquals("fail flow always fails", error.serverMessage());
    assertEquals(400, error.httpStatus());
    assertEquals("by design", error.details().path("hint").asText());
  }

  @Test
  void anErrorFrameEndsTheStreamAfterItsChunks() {
    List<Tick> chunks = new ArrayList<>();
    FlowClientException error;
    try (FlowClientStream<Tick, CountdownOutput> stream = client.streamFailStream(new CountdownInput(2))) {
      error = assertThrows(FlowClientException.class, () -> stream.forEach(chunks::add));
      assertThrows(FlowClientException.class, stream::output);
    }
    assertEquals(List.of(new Tick(0), new Tick(1)), chunks);
    assertEquals("INTERNAL", error.status());
    assertEquals("boom after chunks", error.serverMessage());
    assertEquals(0, error.httpStatus());
  }

  @Test
  void invalidInputIsRefusedWithTheViolations() {
    FlowClientException error = assertThrows(FlowClientException.class, () -> client.echo(new EchoInput(null)));

    assertEquals("INVALID_ARGUMENT", error.status());
    assertTrue(error.details().path("errors").size() > 0, error.details().toString());
  }

  @Test
  void closingAStreamEarlyCancelsTheFlowOnTheServer() throws InterruptedException {
    InteropFlows.slowCountCancelled = new CountDownLatch(1);
    FlowClientStream<Tick, CountdownOutput> stream = client.streamSlowCount(new CountdownInput(100_000));
    Iterator<Tick> chunks = stream.iterator();
    assertEquals(new Tick(0), chunks.next());
    assertEquals(new Tick(1), chunks.next());

    stream.close();

    assertTrue(InteropFlows.slowCountCancelled.await(30, TimeUnit.SECONDS), "the flow never saw the cancellation");
    FlowClientException error = assertThrows(FlowClientException.class, stream::output);
    assertEquals("CANCELLED", error.status());
  }

  @Test
  void cancelFromAnotherThreadUnblocksTheReader() throws InterruptedException {
    InteropFlows.slowCountCancelled = new CountDownLatch(1);
    FlowClientStream<Tick, CountdownOutput> stream = client.streamSlowCount(new CountdownInput(100_000));
    Thread canceller = new Thread(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      stream.cancel();
    });
    canceller.start();

    FlowClientException error = assertThrows(FlowClientException.class, () -> stream.forEach(tick -> { }));

    canceller.join();
    assertEquals("CANCELLED", error.status());
    assertTrue(InteropFlows.slowCountCancelled.await(30, TimeUnit.SECONDS), "the flow never saw the cancellation");
  }

  @Test
  void optionsHeadersReplaceTheClientsDefaults() {
    client.echo(new EchoInput("a"));
    assertEquals("default", lastHeader.get());

    client.withOptions(FlowCallOptions.NONE.header("X-Test", "per-call")).echo(new EchoInput("b"));
    assertEquals("per-call", lastHeader.get());

    client.echo(new EchoInput("c"));
    assertEquals("default", lastHeader.get(), "withOptions made a new client and left this one as it was");
  }

  @Test
  void aCallThatOutlastsItsTimeoutIsDeadlineExceeded() {
    FlowClientException error = assertThrows(FlowClientException.class,
        () -> client.withOptions(FlowCallOptions.NONE.timeout(Duration.ofMillis(200)))
            .slowCount(new CountdownInput(250)));

    assertEquals("DEADLINE_EXCEEDED", error.status());
  }

  @Test
  void anUnknownFlowIsNotFound() {
    InteropFlowsClient elsewhere = InteropFlowsClient.create(server.uri() + "nothing-here/");

    FlowClientException error = assertThrows(FlowClientException.class, () -> elsewhere.echo(new EchoInput("x")));

    assertEquals("NOT_FOUND", error.status());
    assertEquals(404, error.httpStatus());
  }

  @Test
  void anUnreachableServiceIsUnavailable() {
    InteropFlowsClient nowhere = InteropFlowsClient.create("http://127.0.0.1:1");

    FlowClientException error = assertThrows(FlowClientException.class, () -> nowhere.echo(new EchoInput("x")));

    assertEquals("UNAVAILABLE", error.status());
  }
}
