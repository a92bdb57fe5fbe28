package dev.flowdef.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stream load client against the JDK's HTTP server on loopback, answering its third stream with a 503. */
class StreamLoadTest {
  private static final byte[] STREAM = "data: {\"message\":1}\n\ndata: {\"message\":2}\n\ndata: {\"result\":{}}\n\n"
      .getBytes(StandardCharsets.US_ASCII);

  private final AtomicInteger calls = new AtomicInteger();
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/streamChunks", exchange -> {
      exchange.getRequestBody().readAllBytes();
      if (calls.incrementAndGet() == 3) {
        exchange.sendResponseHeaders(503, -1);
      } else {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, STREAM.length);
        exchange.getResponseBody().write(STREAM);
      }
      exchange.close();
    });
    server.setExecutor(threads);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  @Test
  void countsAFailedStreamAndGoesOnWithTheOthers() throws Exception {
    StreamLoad.Concurrent result =
        new StreamLoad("127.0.0.1", server.getAddress().getPort(), "/streamChunks").concurrent(2, 2, 0.3);

    assertEquals(1, result.failed());
    assertTrue(result.streams() > 3, "streams after the failure: " + result);
    assertEquals(calls.get(), result.streams() + 1, "a stream answered but not counted: " + result);
    assertTrue(result.errors().startsWith("1 failed streams, first: Stream answered HTTP/1.1 503"), result.errors());
  }

  @Test
  void reportsNoErrorsWhenEveryStreamSucceeds() throws Exception {
    calls.set(3); // past the failing call

    StreamLoad.Concurrent result =
        new StreamLoad("127.0.0.1", server.getAddress().getPort(), "/streamChunks").concurrent(2, 2, 0.1);

    assertEquals(0, result.failed());
    assertEquals("", result.errors());
  }
}
