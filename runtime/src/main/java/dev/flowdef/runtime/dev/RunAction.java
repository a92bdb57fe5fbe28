package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.flowdef.runtime.Cancellation;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStatus;
import dev.flowdef.runtime.FlowTracing;
import dev.flowdef.runtime.validation.InputValidator;
import io.opentelemetry.context.Scope;
import dev.flowdef.runtime.validation.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code POST /api/runAction}: runs a flow for the Genkit CLI and Developer UI. Headers (with the trace id) go out as
 * soon as the flow's span starts; chunks follow as NDJSON when streaming; the last object, {@code {"result",
 * "telemetry"}} or {@code {"error"}}, has no newline after it, and is written only once the trace was exported.
 * Errors carry Genkit's canonical codes, as the CLI expects.
 */
final class RunAction {
  private final FlowRegistry registry;
  private final FlowTracing tracing;
  private final InputValidator validator;
  private final String genkitVersion;
  private final Map<String, Cancellation> running = new ConcurrentHashMap<>();
  private final InputDecoder decoder = new InputDecoder();

  RunAction(FlowRegistry registry, FlowTracing tracing, InputValidator validator, String genkitVersion) {
    this.registry = registry;
    this.tracing = tracing;
    this.validator = validator;
    this.genkitVersion = genkitVersion;
  }

  /** Cancels the run with this trace id; false if none is running. */
  boolean cancel(String traceId) {
    Cancellation cancellation = running.get(traceId);
    if (cancellation == null) {
      return false;
    }
    cancellation.cancel();
    return true;
  }

  void handle(HttpExchange exchange) throws IOException {
    JsonNode request;
    try {
      request = Exchanges.body(exchange);
    } catch (JsonProcessingException e) {
      Exchanges.json(exchange, 200, error(13, e.getOriginalMessage(), e, null));
      return;
    }
    String key = request.path("key").asText("");
    Flow<?, ?, ?> flow = key.startsWith("/flow/") ? registry.find(key.substring(6)).orElse(null) : null;
    if (flow == null) {
      Exchanges.text(exchange, 404, "action " + key + " not found");
      return;
    }
    boolean stream = "true".equals(Exchanges.query(exchange).get("stream"));
    run(exchange, flow, request, stream);
  }

  @SuppressWarnings({"unchecked", "try"}) // a JSON object decodes to a Map; the scope only labels the root span
  private <I, O, C> void run(HttpExchange exchange, Flow<I, O, C> flow, JsonNode request, boolean stream)
      throws IOException {
    JsonNode inputJson = request.get("input");
    I input;
    try {
      List<Violation> violations = validator.validate(flow.descriptor(), inputJson);
      if (!violations.isEmpty()) {
        throw new FlowException(FlowStatus.INVALID_ARGUMENT, "Schema validation failed. Parse Errors:\n\n"
            + violations.stream().map(v -> "- " + v.path() + ": " + v.message()).collect(Collectors.joining("\n")));
      }
      input = decoder.decode(flow, inputJson);
    } catch (FlowException e) {
      Exchanges.json(exchange, 200, error(e.status().code(), e.status() + ": " + e.getMessage(), e, null));
      return;
    }
    Map<String, Object> context =
        request.hasNonNull("context") ? InputDecoder.JSON.convertValue(request.get("context"), Map.class) : Map.of();

    Cancellation cancellation = new Cancellation();
    String[] traceId = new String[1];
    OutputStream body = exchange.getResponseBody();
    Consumer<C> chunks = stream ? chunk -> writeLine(body, chunk) : null;
    Object outcome;
    try {
      CompletableFuture<O> call;
      try (Scope labelled = FlowTracing.withLabels(labels(request))) {
        call = flow.tracedBy(tracing).invoke(input, context, chunks, cancellation, (trace, span) -> {
          traceId[0] = trace;
          running.put(trace, cancellation);
          sendHeaders(exchange, trace, span, stream);
        });
      }
      O output = call.join();
      ObjectNode result = Exchanges.JSON.createObjectNode();
      result.set("result", Exchanges.JSON.valueToTree(output));
      result.putObject("telemetry").put("traceId", traceId[0]);
      outcome = result;
    } catch (CompletionException e) {
      outcome = failure(e.getCause(), cancellation, traceId[0]);
    } finally {
      if (traceId[0] != null) {
        running.remove(traceId[0]);
      }
    }
    if (traceId[0] == null) {
      Exchanges.json(exchange, 200, outcome); // cancelled before the flow started: no headers yet
      return;
    }
    try (body) {
      body.write(Exchanges.JSON.writeValueAsBytes(outcome));
    }
  }

  /** The run's {@code telemetryLabels}: string values only, as Genkit's tools send them. */
  private static Map<String, String> labels(JsonNode request) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    for (var label : request.path("telemetryLabels").properties()) {
      if (label.getValue().isTextual()) {
        labels.put(label.getKey(), label.getValue().asText());
      }
    }
    return labels;
  }

  private void sendHeaders(HttpExchange exchange, String traceId, String spanId, boolean stream) {
    var headers = exchange.getResponseHeaders();
    headers.set("X-Genkit-Version", genkitVersion);
    headers.set("X-Genkit-Trace-Id", traceId);
    headers.set("X-Genkit-Span-Id", spanId);
    headers.set("Content-Type", stream ? "text/plain" : "application/json");
    try {
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().flush();
    } catch (IOException e) {
      throw new FlowException(FlowStatus.CANCELLED, "the client went away", null, e);
    }
  }

  private static void writeLine(OutputStream body, Object chunk) {
    try {
      body.write(Exchanges.JSON.writeValueAsBytes(chunk));
      body.write('\n');
      body.flush();
    } catch (IOException e) {
      throw new FlowException(FlowStatus.CANCELLED, "the client went away", null, e);
    }
  }

  private static ObjectNode failure(Throwable failure, Cancellation cancellation, String traceId) {
    if (cancellation.isCancelled()) {
      return error(FlowStatus.CANCELLED.code(), "Action was cancelled", failure, traceId);
    }
    if (failure instanceof FlowException flowException) {
      return error(flowException.status().code(), flowException.status() + ": " + failure.getMessage(), failure,
          traceId);
    }
    // Dev mode on loopback: the developer sees the real message, unlike callers of the flow server.
    return error(FlowStatus.INTERNAL.code(), String.valueOf(failure.getMessage()), failure, traceId);
  }

  /** Genkit's {@code {"error": Status}}: a canonical code, a message, and the stack and trace id for the CLI. */
  static ObjectNode error(int code, String message, Throwable failure, String traceId) {
    ObjectNode error = Exchanges.JSON.createObjectNode();
    ObjectNode status = error.putObject("error").put("code", code).put("message", message);
    ObjectNode details = status.putObject("details");
    StringWriter stack = new StringWriter();
    failure.printStackTrace(new PrintWriter(stack));
    details.put("stack", stack.toString());
    if (traceId != null) {
      details.put("traceId", traceId);
    }
    return error;
  }
}
