package dev.flowdef.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flowdef.runtime.Warmup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The JDK's own {@code com.sun.net.httpserver} as the embedded engine: no dependency, and as fast as the engines
 * measured against it (README, "HTTP engine"). Its JVM-wide limits (read timeout, header size, {@code TCP_NODELAY})
 * are set by {@link JdkServerSettings}.
 */
final class JdkHttpEngine implements HttpEngine {
  /** Connections the kernel may queue before they are accepted: the JDK's default of 50 drops bursts of clients. */
  private static final int BACKLOG = 1024;

  private final Duration readTimeout;
  private final int maxHeaderBytes;
  private HttpServer server;
  private ExecutorService threads;

  JdkHttpEngine(Duration readTimeout, int maxHeaderBytes) {
    this.readTimeout = readTimeout;
    this.maxHeaderBytes = maxHeaderBytes;
  }

  @Override
  public int start(InetSocketAddress address, Consumer<Exchange> handler) throws IOException {
    JdkServerSettings.apply(readTimeout, maxHeaderBytes); // before the JDK's server classes load and read them
    Warmup.inBackground("http-date", JdkHttpEngine::formatDate);
    server = HttpServer.create(address, BACKLOG);
    threads = ServerThreads.create();
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          try {
            handler.accept(new JdkExchange(exchange));
          } finally {
            exchange.close();
          }
        });
    server.start();
    return server.getAddress().getPort();
  }

  /**
   * Formats a date as the JDK's server writes each response's {@code Date} header, before the first response must:
   * the first format loads the locale's date and time-zone names (about 30 ms on a cold JVM).
   */
  private static void formatDate() {
    DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US).withZone(ZoneId.of("GMT"))
        .format(Instant.now());
  }

  @Override
  public void stop() {
    server.stop(1); // returns once the exchanges left have sent their last bytes, at most a second later
    threads.shutdown();
  }

  /** An {@link Exchange} over the JDK server's {@link HttpExchange}. */
  private static final class JdkExchange implements Exchange {
    private final HttpExchange exchange;

    JdkExchange(HttpExchange exchange) {
      this.exchange = exchange;
    }

    @Override
    public String method() {
      return exchange.getRequestMethod();
    }

    @Override
    public String path() {
      return exchange.getRequestURI().getRawPath();
    }

    @Override
    public String query() {
      return exchange.getRequestURI().getRawQuery();
    }

    @Override
    public String header(String name) {
      return exchange.getRequestHeaders().getFirst(name);
    }

    @Override
    public Map<String, String> headers() {
      Map<String, String> headers = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        headers.put(header.getKey().toLowerCase(Locale.ROOT), String.join(" ", header.getValue()));
      }
      return headers;
    }

    @Override
    public long contentLength() {
      String length = exchange.getRequestHeaders().getFirst("Content-Length");
      try {
        return length == null ? -1 : Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    @Override
    public InputStream requestBody() {
      return exchange.getRequestBody();
    }

    @Override
    public void setHeader(String name, String value) {
      // put, not set: the server only reads a header's values, so one immutable list rather than a LinkedList
      exchange.getResponseHeaders().put(name, List.of(value));
    }

    @Override
    public void respond(int status, byte[] body) throws IOException {
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }

    @Override
    public OutputStream startStream(int status) throws IOException {
      exchange.sendResponseHeaders(status, 0);
      OutputStream body = exchange.getResponseBody();
      body.flush(); // newer JDKs hold the headers back until the body is flushed; the client should not wait
      return body;
    }
  }
}
