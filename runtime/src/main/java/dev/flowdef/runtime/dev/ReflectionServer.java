package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowTracing;
import dev.flowdef.runtime.http.JdkServerSettings;
import dev.flowdef.runtime.validation.InputValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Genkit's reflection API, version 1: what the {@code genkit} CLI and Developer UI use to list, run and trace this
 * application's flows. Bound to the loopback address only, and started only in dev mode (see {@link DevMode}).
 */
public final class ReflectionServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ReflectionServer.class.getName());
  private static final Set<String> VALUE_TYPES = Set.of("defaultModel", "middleware");

  private final FlowRegistry registry;
  private final ActionSchemas schemas;
  private final GenkitTelemetry telemetry;
  private final boolean telemetryFromEnvironment;
  private final String genkitVersion;
  private final RunAction runAction;
  private final HttpServer server;
  private final ExecutorService executor;
  private final String runtimeId;

  ReflectionServer(DevSettings settings, FlowRegistry registry, ActionSchemas schemas, InputValidator validator,
      GenkitTelemetry telemetry, FlowTracing tracing) {
    this.registry = registry;
    this.schemas = schemas;
    this.telemetry = telemetry;
    this.telemetryFromEnvironment = settings.telemetryServer() != null;
    this.genkitVersion = settings.genkitVersion();
    this.runAction = new RunAction(registry, tracing, validator, genkitVersion);
    this.server = bind(settings.ports());
    this.executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "flowdef-reflection");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
    this.runtimeId = settings.runtimeId() != null ? settings.runtimeId() : pid() + "-" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The URL the runtime file gives the CLI: the loopback address itself, as the server listens on nothing else. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  String runtimeId() {
    return runtimeId;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static HttpServer bind(List<Integer> ports) {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    JdkServerSettings.applyDefaults(); // if this JVM's first JDK server, it sets the limits for the flow server too
    for (int port : ports) {
      try {
        return HttpServer.create(new InetSocketAddress(loopback, port), 0);
      } catch (BindException e) {
        // taken: try the next one, as Genkit's runtimes do
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("no free port for the Genkit reflection API among " + ports);
  }

  private void dispatch(HttpExchange exchange) {
    try (exchange) {
      try {
        route(exchange);
      } catch (JsonProcessingException e) {
        answerIfUnanswered(exchange, 400, "Invalid JSON: " + e.getOriginalMessage());
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "reflection API request failed", e);
        answerIfUnanswered(exchange, 500, "Internal error: " + e);
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("x-genkit-version", genkitVersion);
    String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
    switch (route) {
      case "GET /api/__health" -> health(exchange);
      case "GET /api/actions" -> Exchanges.json(exchange, 200, actions());
      case "POST /api/runAction" -> runAction.handle(exchange);
      case "POST /api/cancelAction" -> cancel(exchange);
      case "POST /api/notify" -> notify(exchange);
      case "GET /api/values" -> values(exchange);
      case "GET /api/envs" -> Exchanges.json(exchange, 200, List.of("dev"));
      default -> Exchanges.text(exchange, 404, "Cannot " + route);
    }
  }

  /** Answers a request whose handler failed before answering, so the CLI gets an error rather than no response. */
  private static void answerIfUnanswered(HttpExchange exchange, int status, String message) {
    if (exchange.getResponseCode() == -1) {
      try {
        Exchanges.text(exchange, status, message);
      } catch (IOException e) {
        // the client is gone
      }
    }
  }

  private void health(HttpExchange exchange) throws IOException {
    String id = Exchanges.query(exchange).get("id");
    boolean ours = id == null || id.equals(runtimeId) || id.equals(pid() + "-" + port());
    Exchanges.text(exchange, ours ? 200 : 503, ours ? "OK" : "Invalid runtime ID");
  }

  private ObjectNode actions() {
    ObjectNode actions = Exchanges.JSON.createObjectNode();
    for (Flow<?, ?, ?> flow : registry.flows()) {
      String key = "/flow/" + flow.name();
      ObjectNode action = actions.putObject(key).put("key", key).put("name", flow.name());
      if (!flow.descriptor().description().isEmpty()) {
        action.put("description", flow.descriptor().description());
      }
      schemas.input(flow.descriptor()).ifPresent(schema -> action.set("inputSchema", schema));
      schemas.output(flow.descriptor()).ifPresent(schema -> action.set("outputSchema", schema));
    }
    return actions;
  }

  private void cancel(HttpExchange exchange) throws IOException {
    String traceId = Exchanges.body(exchange).path("traceId").asText("");
    if (traceId.isEmpty()) {
      Exchanges.json(exchange, 400, Exchanges.JSON.createObjectNode().put("error", "traceId is required"));
    } else if (runAction.cancel(traceId)) {
      Exchanges.json(exchange, 200, Exchanges.JSON.createObjectNode().put("message", "Action cancelled"));
    } else {
      Exchanges.json(exchange, 404,
          Exchanges.JSON.createObjectNode().put("message", "Action not found or already completed"));
    }
  }

  private void notify(HttpExchange exchange) throws IOException {
    JsonNode body = Exchanges.body(exchange);
    String url = body.path("telemetryServerUrl").asText("");
    if (!url.isEmpty() && !telemetryFromEnvironment) {
      telemetry.exportTo(url);
    }
    Exchanges.text(exchange, 200, "OK");
  }

  private void values(HttpExchange exchange) throws IOException {
    String type = Exchanges.query(exchange).get("type");
    if (type == null || type.isEmpty()) {
      Exchanges.text(exchange, 400, "Query parameter \"type\" is required.");
    } else if (!VALUE_TYPES.contains(type)) {
      Exchanges.text(exchange, 400,
          "'type' " + type + " is not supported. Only 'defaultModel' and 'middleware' are supported");
    } else {
      Exchanges.json(exchange, 200, Exchanges.JSON.createObjectNode());
    }
  }

  private static long pid() {
    return ProcessHandle.current().pid();
  }
}
