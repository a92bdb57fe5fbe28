package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.runtime.servlet.FlowServlet;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What only the servlet adapter does: stopping with its container, in a real embedded Jetty. */
@Timeout(20)
class FlowServletTest {
  private final TestFlows flows = new TestFlows();
  private final Server jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
  private final ServletContextHandler context = new ServletContextHandler();

  @AfterEach
  void stopJetty() throws Exception {
    jetty.stop();
  }

  @Test
  void takenOutOfServiceItEndsAStreamStillRunningWithAnErrorFrameAndRefusesNewCalls() throws Exception {
    FlowServlet servlet = new FlowServlet(FlowHandler.builder(flows.registry()).build(), Duration.ofMillis(100));
    URI base = start(servlet);
    HttpRequest ticker = HttpRequest.newBuilder(base.resolve("ticker"))
        .header("Content-Type", "application/json")
        .header("Accept", "text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build();
    HttpResponse<InputStream> response = Http.CLIENT.send(ticker, HttpResponse.BodyHandlers.ofInputStream());
    List<String> lines = new ArrayList<>();
    CompletableFuture<Void> stopped;
    try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      lines.add(body.readLine()); // the stream is running
      stopped = CompletableFuture.runAsync(servlet::destroy); // what the container does on stop or undeploy
      for (String line; (line = body.readLine()) != null; ) {
        lines.add(line);
      }
    }
    stopped.get(10, TimeUnit.SECONDS);

    List<String> frames = lines.stream().filter(line -> !line.isEmpty()).toList();
    assertEquals(
        "data: {\"error\":{\"status\":\"UNAVAILABLE\",\"message\":\"The server is shutting down\"}}",
        frames.get(frames.size() - 1));
    assertTrue(flows.tickerCancelled.await(5, TimeUnit.SECONDS), "the flow saw its cancellation");
    HttpResponse<String> late = Http.post(base.resolve("echo"), "{\"data\":{\"text\":\"x\"}}");
    assertEquals(503, late.statusCode(), late::body);
    assertEquals("{\"error\":{\"status\":\"UNAVAILABLE\",\"message\":\"The server is shutting down\"}}", late.body());
  }

  private URI start(FlowServlet servlet) throws Exception {
    context.addServlet(new ServletHolder(servlet), "/*");
    jetty.setHandler(context);
    jetty.start();
    return URI.create("http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/");
  }
}
