package dev.flowdef.examples.menu;

import com.sun.net.httpserver.HttpServer;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Serves, on 127.0.0.1, either a fixed JSON response or the menu flows through {@link FlowServer}, on the JDK's
 * {@code HttpServer} or on Jetty 12's core API, for {@code wrk} to measure: how the embedded server's engine is chosen
 * on each JDK (README, "HTTP engine"). Not a test; run by hand:
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
      case "jdk-flow" ->
          FlowServer.builder(registry).engine(FlowServer.Engine.JDK).host("127.0.0.1").port(port).start();
      case "jetty-bare" -> jetty(port, new Handler.Abstract() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
          response.setStatus(200);
          response.getHeaders().put("Content-Type", "application/json");
          response.write(true, ByteBuffer.wrap(FIXED), callback);
          return true;
        }
      });
      case "jetty-flow" ->
          FlowServer.builder(registry).engine(FlowServer.Engine.JETTY).host("127.0.0.1").port(port).start();
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
}
