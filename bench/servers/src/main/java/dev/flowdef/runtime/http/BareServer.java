package dev.flowdef.runtime.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark's ceiling: Flowdef's own HTTP engine, the one its server picks on this JDK (in this package so it can
 * reach it), with a fixed response and no flow layer: the menu suggestion's bytes as JSON, or with
 * {@code Accept: text/event-stream} the query's {@code count} (else 100) fixed frames and a result frame, as fast as
 * the engine takes them: the first frame flushed at once, the rest with the result.
 */
public final class BareServer {
  private static final byte[] RESULT = ("{\"result\":{\"dishname\":\"Bistro Roast Chicken\",\"description\":"
      + "\"A bistro favourite: roast chicken, with a crisp herb crust.\"}}").getBytes(StandardCharsets.UTF_8);
  private static final byte[] FRAME = "data: {\"message\":\"chunk 0\"}\n\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] END = "data: {\"result\":{\"count\":0}}\n\n".getBytes(StandardCharsets.UTF_8);

  private BareServer() {}

  /** Serves on 127.0.0.1, on the port given as the only argument, until the process is stopped. */
  public static void main(String[] args) throws Exception {
    FlowServer.Engine chosen = FlowServer.Engine.preferred();
    HttpEngine engine =
        chosen.create(JdkServerSettings.DEFAULT_READ_TIMEOUT, JdkServerSettings.DEFAULT_MAX_HEADER_BYTES);
    int port = engine.start(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), BareServer::answer);
    System.out.println("Bare handler on Flowdef's " + chosen + " engine at http://127.0.0.1:" + port + "/");
    new CountDownLatch(1).await();
  }

  private static void answer(Exchange exchange) {
    try {
      exchange.requestBody().readAllBytes();
      String accept = exchange.header("Accept");
      if (accept != null && accept.contains("text/event-stream")) {
        exchange.setHeader("Content-Type", "text/event-stream");
        OutputStream out = exchange.startStream(200);
        int count = count(exchange.query());
        for (int i = 0; i < count; i++) {
          out.write(FRAME);
          if (i == 0) {
            out.flush(); // the first frame at once, the others with the result: as fast as the engine takes them
          }
        }
        out.write(END);
        out.flush();
      } else {
        exchange.setHeader("Content-Type", "application/json");
        exchange.respond(200, RESULT);
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  private static int count(String query) {
    return query != null && query.startsWith("count=") ? Integer.parseInt(query.substring(6)) : 100;
  }
}
