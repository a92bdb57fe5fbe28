package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A client that sends its request a byte at a time loses its connection at the read timeout, so it cannot hold a
 * worker; everyone else is served meanwhile. The JDK engine's read timeout is JVM-wide (the JDK reads it once): the
 * build sets it to 5 s for the tests ({@code sun.net.httpserver.maxReqTime} in the runtime's pom), where an
 * application would call {@link FlowServer.Builder#readTimeout}, as these tests do for Jetty's. A servlet container
 * applies its own.
 */
@Timeout(60)
class SlowClientTest {
  private final TestFlows flows = new TestFlows();
  private FlowServer server;

  void start(FlowServer.Engine engine) {
    server = FlowServer.builder(flows.registry()).engine(engine).host("127.0.0.1").port(0)
        .readTimeout(Duration.ofSeconds(5)).shutdownGrace(Duration.ZERO).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The JDK's server reads headers on a worker thread; Jetty's selector reads them with none, so only the JDK's. */
  @Test
  void aClientSendingItsHeadersAByteAtATimeIsCutOff() throws Exception {
    start(FlowServer.Engine.JDK);
    byte[] request = RawHttp.post("/echo", "{\"data\":{\"text\":\"slow\"}}");

    assertCutOff(trickle(request, 0), "the server kept reading a client that never finished its headers");
  }

  @ParameterizedTest
  @EnumSource(FlowServer.Engine.class)
  void aClientSendingItsBodyAByteAtATimeIsCutOffAndFreesItsWorker(FlowServer.Engine engine) throws Exception {
    start(engine);
    byte[] request = RawHttp.post("/echo", "{\"data\":{\"text\":\"" + "s".repeat(200) + "\"}}");
    int headers = new String(request, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;

    assertCutOff(trickle(request, headers), "the server kept reading a client that never finished its body");
    assertTrue(noThreadReadingABody(), "a worker is still blocked reading the slow body");
  }

  /** Cut off without an answer, near the read timeout (5 s): the whole request would take a minute to send. */
  private static void assertCutOff(Duration cutOffAfter, String message) {
    assertTrue(cutOffAfter != null, message);
    assertTrue(cutOffAfter.compareTo(Duration.ofSeconds(15)) < 0, "cut off only after " + cutOffAfter);
  }

  /**
   * Sends the first {@code atOnce} bytes, then one byte every 250 ms while an ordinary call is served alongside; how
   * long after the first byte the server closed the connection without an answer, or null if it did not before the
   * request was complete.
   */
  private Duration trickle(byte[] request, int atOnce) throws Exception {
    long start = System.nanoTime();
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(40_000);
      OutputStream out = socket.getOutputStream();
      out.write(Arrays.copyOf(request, atOnce));
      out.flush();
      CompletableFuture<Integer> closed = CompletableFuture.supplyAsync(() -> readToEnd(socket));
      for (int i = atOnce; i < request.length && !closed.isDone(); i++) {
        if (i == atOnce + 4) {
          assertEquals(200, Http.post(server.uri().resolve("echo"), "{\"data\":{\"text\":\"fast\"}}").statusCode());
        }
        try {
          out.write(request[i]);
          out.flush();
        } catch (IOException e) {
          break; // the server closed the connection
        }
        Thread.sleep(250);
      }
      return closed.get(30, TimeUnit.SECONDS) == 0 ? Duration.ofNanos(System.nanoTime() - start) : null;
    }
  }

  /** How many bytes the server sent before closing: none when it cut the client off without an answer. */
  private static int readToEnd(Socket socket) {
    try (InputStream in = socket.getInputStream()) {
      return in.readAllBytes().length;
    } catch (IOException e) {
      return 0; // reset: cut off
    }
  }

  /** Whether no platform thread is blocked reading a request body (virtual threads are not listed, and need not). */
  private static boolean noThreadReadingABody() throws InterruptedException {
    for (int attempt = 0; attempt < 50; attempt++) {
      boolean reading = Thread.getAllStackTraces().values().stream().anyMatch(stack -> Arrays.stream(stack)
          .anyMatch(frame -> frame.getClassName().endsWith("RequestBodies") && frame.getMethodName().equals("read")));
      if (!reading) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }
}
