package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * A span in Genkit's {@code TraceData} format, what the CLI's telemetry server stores and the Developer UI draws:
 * times in epoch milliseconds, attributes as plain JSON values, exceptions as time events. Optional fields are left
 * out rather than sent as {@code null}, which the server's schema rejects.
 */
final class TraceData {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TraceData() {}

  /** The payload for one span; a span still running (exported at its start) has {@code endTime} 0. */
  static ObjectNode of(SpanData span) {
    boolean root = !span.getParentSpanContext().isValid();
    double start = millis(span.getStartEpochNanos());
    double end = span.hasEnded() ? millis(span.getEndEpochNanos()) : 0;

    ObjectNode trace = JSON.objectNode().put("traceId", span.getTraceId());
    if (root) {
      trace.put("displayName", span.getName()).put("startTime", start);
      if (span.hasEnded()) {
        trace.put("endTime", end);
      }
    }
    ObjectNode out = trace.putObject("spans").putObject(span.getSpanId());
    out.put("spanId", span.getSpanId()).put("traceId", span.getTraceId());
    if (!root) {
      out.put("parentSpanId", span.getParentSpanId());
    }
    out.put("startTime", start).put("endTime", end);
    out.set("attributes", attributes(span.getAttributes()));
    out.put("displayName", span.getName());
    out.putArray("links");
    out.putObject("instrumentationLibrary")
        .put("name", span.getInstrumentationScopeInfo().getName())
        .put("version", String.valueOf(span.getInstrumentationScopeInfo().getVersion()));
    out.put("spanKind", span.getKind().name());
    out.putObject("sameProcessAsParentSpan").put("value", true);
    ObjectNode status = out.putObject("status").put("code", statusCode(span.getStatus().getStatusCode()));
    if (!span.getStatus().getDescription().isEmpty()) {
      status.put("message", span.getStatus().getDescription());
    }
    var events = out.putObject("timeEvents").putArray("timeEvent");
    for (EventData event : span.getEvents()) {
      ObjectNode timeEvent = events.addObject().put("time", millis(event.getEpochNanos()));
      timeEvent.putObject("annotation")
          .put("description", event.getName())
          .set("attributes", attributes(event.getAttributes()));
    }
    return trace;
  }

  private static ObjectNode attributes(Attributes attributes) {
    ObjectNode out = JSON.objectNode();
    attributes.forEach(
        (key, value) -> {
          if (value instanceof Boolean flag) {
            out.put(key.getKey(), flag);
          } else if (value instanceof Long number) {
            out.put(key.getKey(), number);
          } else if (value instanceof Double number) {
            out.put(key.getKey(), number);
          } else {
            out.put(key.getKey(), String.valueOf(value));
          }
        });
    return out;
  }

  private static int statusCode(StatusCode code) {
    return switch (code) {
      case UNSET -> 0;
      case OK -> 1;
      case ERROR -> 2;
    };
  }

  private static double millis(long epochNanos) {
    return epochNanos / 1_000_000.0;
  }
}
