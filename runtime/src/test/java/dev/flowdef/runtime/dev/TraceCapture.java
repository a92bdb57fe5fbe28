package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A stand-in for the Genkit CLI's telemetry server: records every {@code POST /api/traces} body, answers "OK". */
final class TraceCapture implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<JsonNode> payloads = new CopyOnWriteArrayList<>();
  private final List<String> otherRequests = new CopyOnWriteArrayList<>();

  private TraceCapture() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
  }

  static TraceCapture start() throws IOException {
    TraceCapture capture = new TraceCapture();
    capture.server.createContext("/", capture::handle);
    capture.server.start();
    return capture;
  }

  /** The base URL, as {@code GENKIT_TELEMETRY_SERVER} or {@code /api/notify} give it. */
  String url() {
    return "http://" + Reflection.host(server.getAddress().getAddress()) + ":" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (request.equals("POST /api/traces")
          && "application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))
          && "application/json".equals(exchange.getRequestHeaders().getFirst("Accept"))) {
        // Recorded before answering: the runtime's export call returns only after this.
        payloads.add(Reflection.JSON.readTree(body));
      } else {
        otherRequests.add(request + " " + exchange.getRequestHeaders().entrySet());
      }
      byte[] ok = "OK".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, ok.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ok);
      }
    }
  }

  /** Every TraceData payload received so far, in arrival order. */
  List<JsonNode> payloads() {
    return List.copyOf(payloads);
  }

  /** The span objects of every payload of {@code traceId}, in arrival order (a span sent twice appears twice). */
  List<JsonNode> spans(String traceId) {
    List<JsonNode> spans = new ArrayList<>();
    for (JsonNode payload : payloads) {
      if (payload.path("traceId").asText().equals(traceId)) {
        payload.path("spans").forEach(spans::add);
      }
    }
    return spans;
  }

  /** The payloads of {@code traceId} holding a finished span named {@code name}. */
  List<JsonNode> ended(String traceId, String name) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode payload : payloads) {
      for (JsonNode span : payload.path("spans")) {
        if (payload.path("traceId").asText().equals(traceId) && span.path("displayName").asText().equals(name)
            && span.path("endTime").asDouble() > 0) {
          found.add(payload);
        }
      }
    }
    return found;
  }

  List<String> otherRequests() {
    return List.copyOf(otherRequests);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
