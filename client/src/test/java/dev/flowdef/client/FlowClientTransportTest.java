package dev.flowdef.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The transport against a real HTTP server on loopback answering as services and the proxies in front of them do:
 * the errors each answer becomes, and the headers and timeout a call sends.
 */
@Timeout(30)
class FlowClientTransportTest {
  private HttpServer server;
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void readsTheResultOutOfItsEnvelope() throws IOException {
    FlowClientTransport transport = serve(exchange -> answer(exchange, 200, "application/json", "{\"result\":42}"));

    Integer output = transport.call("answer", String.class, "question", Integer.class);

    assertEquals(42, output);
  }

  record Booking(Instant at, Duration length, Optional<String> note) {}

  @Test
  void javaTimeAndOptionalValuesTravelAsTheServerWritesThem() throws IOException {
    AtomicReference<String> sent = new AtomicReference<>();
    FlowClientTransport transport = serve(exchange -> {
      sent.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      answer(exchange, 200, "application/json",
          "{\"result\":{\"at\":\"2026-11-22T19:30:00Z\",\"length\":\"PT1H30M\",\"note\":null}}");
    });

    Booking output = transport.call("postpone", Booking.class,
        new Booking(Instant.parse("2026-11-21T19:30:00Z"), Duration.ofMinutes(90), Optional.of("by the window")),
        Booking.class);

    assertEquals("{\"data\":{\"at\":\"2026-11-21T19:30:00Z\",\"length\":\"PT1H30M\",\"note\":\"by the window\"}}",
        sent.get());
    assertEquals(new Booking(Instant.parse("2026-11-22T19:30:00Z"), Duration.ofMinutes(90), Optional.empty()), output);
  }

  @Test
  void aProxysHtmlErrorPageBecomesTheStatusOfItsHttpStatusWithItsText() throws IOException {
    FlowClientTransport transport = serve(exchange -> answer(exchange, 503, "text/html", "<html>down</html>"));

    FlowClientException error = assertThrows(FlowClientException.class,
        () -> transport.call("answer", String.class, "question", Integer.class));

    assertEquals("UNAVAILABLE", error.status());
    assertEquals("<html>down</html>", error.serverMessage());
    assertEquals(503, error.httpStatus());
    assertEquals(true, error.details().isMissingNode());
  }

  @Test
  void readsGenkitsBareErrorWithItsDetails() throws IOException {
    FlowClientTransport transport = serve(exchange -> answer(exchange, 400, "application/json",
        "{\"status\":\"INVALID_ARGUMENT\",\"message\":\"no theme\",\"details\":{\"field\":\"theme\"}}"));

    FlowClientException error = assertThrows(FlowClientException.class,
        () -> transport.call("answer", String.class, "question", Integer.class));

    assertEquals("INVALID_ARGUMENT", error.status());
    assertEquals("no theme", error.serverMessage());
    assertEquals("theme", error.details().path("field").asText());
    assertEquals("INVALID_ARGUMENT: no theme", error.getMessage());
  }

  @Test
  void optionsHeadersReplaceTheDefaultsOfTheSameName() throws IOException {
    FlowClientTransport transport = serve(exchange -> answer(exchange, 200, "application/json",
        "{\"result\":\"" + exchange.getRequestHeaders().getFirst("X-Tenant") + " "
            + exchange.getRequestHeaders().getFirst("X-Trace") + "\"}"),
        Map.of("X-Tenant", "default", "X-Trace", "kept"), null);

    String output = transport.withOptions(FlowCallOptions.NONE.header("X-Tenant", "acme"))
        .call("echo", null, null, String.class);

    assertEquals("acme kept", output);
  }

  @Test
  void aServiceThatDoesNotAnswerInTheCallsTimeIsDeadlineExceeded() throws IOException {
    FlowClientTransport transport = serve(exchange -> {
      await();
      answer(exchange, 200, "application/json", "{\"result\":1}");
    });

    FlowClientTransport impatient = transport.withOptions(FlowCallOptions.NONE.timeout(Duration.ofMillis(200)));

    FlowClientException error = assertThrows(FlowClientException.class,
        () -> impatient.call("slow", null, null, Integer.class));

    assertEquals("DEADLINE_EXCEEDED", error.status());
  }

  @Test
  void aServiceThatCannotBeReachedIsUnavailable() throws IOException {
    FlowClientTransport transport = serve(exchange -> answer(exchange, 200, "application/json", "{}"));
    server.stop(0);
    server = null;

    FlowClientException error = assertThrows(FlowClientException.class,
        () -> transport.call("gone", null, null, Integer.class));

    assertEquals("UNAVAILABLE", error.status());
  }

  private FlowClientTransport serve(HttpHandler handler) throws IOException {
    return serve(handler, Map.of(), null);
  }

  private FlowClientTransport serve(HttpHandler handler, Map<String, String> headers, Duration timeout)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", handler);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    return new FlowClientTransport(FlowClientTransport.defaultHttpClient(), base, headers, timeout,
        FlowClientTransport.defaultMapper());
  }

  private void await() {
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
