package dev.flowdef.examples.menu;

import com.sun.net.httpserver.HttpServer;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.Exchange;
import dev.flowdef.runtime.http.FlowHandler;
import dev.flowdef.runtime.http.FlowServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Serves, on 127.0.0.1, either a fixed JSON response or the menu flows through {@link FlowHandler}, on the JDK's
 * {@code HttpServer} or on a Jetty 12 core handler, for {@code wrk} to measure: how the embedded server's engine
 * was chosen (README, "HTTP engine"). Not a test; run by hand:
 *
 * <pre>
 * java -cp ... dev.flowdef.examples.menu.EngineComparison jdk-bare|jdk-flow|jetty-bare|jetty-flow PORT
 * </pre>
 */
public final class EngineComparison {
  private static final byte[] FIXED =
      "{\"result\":{\"dishname\":\"Bistro Roast Chicken\",\"description\":\"fixed\"}}".getBytes(StandardCharsets.UTF_8);

  private EngineComparison() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    FlowRegistry registry = FlowRegistry.discover();
    switch (args[0]) {
      case "jdk-bare" -> jdkBare(port);
      case "jdk-flow" -> FlowServer.builder(registry).host("127.0.0.1").port(port).start();
      case "jetty-bare" -> jetty(port, new Handler.Abstract() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
          response.setStatus(200);
          response.getHeaders().put("Content-Type", "application/json");
          response.write(true, ByteBuffer.wrap(FIXED), callback);
          return true;
        }
      });
      case "jetty-flow" -> jetty(port, new FlowOnJettyCore(FlowHandler.builder(registry).build()));
      default -> throw new IllegalArgumentException("engine: jdk-bare, jdk-flow, jetty-bare or jetty-flow");
    }
    System.out.println(args[0] + " listening on 127.0.0.1:" + port + " (java " + Runtime.version() + ")");
  }

  private static void jdkBare(int port) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.setExecutor(threads());
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, FIXED.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(FIXED);
      }
    });
    server.start();
  }

  /** The embedded server's own choice: virtual threads on JDK 21+, else a cached pool. */
  private static ExecutorService threads() {
    try {
      return (ExecutorService) MethodHandles.publicLookup()
          .findStatic(Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class))
          .invoke();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return Executors.newCachedThreadPool();
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static void jetty(int port, Handler handler) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(handler);
    server.start();
  }

  /** The flow protocol on a Jetty core handler, as a Jetty engine for the embedded server would run it. */
  private static final class FlowOnJettyCore extends Handler.Abstract {
    private final FlowHandler flows;

    FlowOnJettyCore(FlowHandler flows) {
      this.flows = flows;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      JettyExchange exchange = new JettyExchange(request, response);
      flows.handle(exchange);
      exchange.finish();
      callback.succeeded();
      return true;
    }
  }

  private static final class JettyExchange implements Exchange {
    private final Request request;
    private final Response response;
    private OutputStream out;

    JettyExchange(Request request, Response response) {
      this.request = request;
      this.response = response;
    }

    @Override
    public String method() {
      return request.getMethod();
    }

    @Override
    public String path() {
      return request.getHttpURI().getPath();
    }

    @Override
    public String query() {
      return request.getHttpURI().getQuery();
    }

    @Override
    public String header(String name) {
      return request.getHeaders().get(name);
    }

    @Override
    public Map<String, String> headers() {
      Map<String, String> headers = new LinkedHashMap<>();
      for (HttpField field : request.getHeaders()) {
        headers.merge(field.getName().toLowerCase(Locale.ROOT), field.getValue(), (a, b) -> a + " " + b);
      }
      return headers;
    }

    @Override
    public long contentLength() {
      return request.getLength();
    }

    @Override
    public InputStream requestBody() {
      return Content.Source.asInputStream(request);
    }

    @Override
    public void setHeader(String name, String value) {
      response.getHeaders().put(name, value);
    }

    @Override
    public void respond(int status, byte[] body) throws IOException {
      response.setStatus(status);
      response.getHeaders().put("Content-Length", body.length);
      out = Content.Sink.asOutputStream(response);
      out.write(body);
    }

    @Override
    public OutputStream startStream(int status) throws IOException {
      response.setStatus(status);
      out = Content.Sink.asOutputStream(response);
      out.flush();
      return out;
    }

    void finish() throws IOException {
      if (out != null) {
        out.close();
      }
    }
  }
}
