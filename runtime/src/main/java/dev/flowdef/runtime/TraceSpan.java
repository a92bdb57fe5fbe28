package dev.flowdef.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdef.runtime.json.JdkTypes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One Genkit span in progress: a flow run or a step. It records input and output as JSON only when the span is
 * recorded, and never lets tracing fail the flow it traces.
 */
final class TraceSpan {
  private static final ObjectMapper JSON = JdkTypes.mapper();
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final Span span;
  private final Context context;
  private final String traceId;
  private final String spanId;

  TraceSpan(Span span, Context parent, ContextKey<String> pathKey, String path) {
    this.span = span;
    this.context = parent.with(span).with(pathKey, path);
    SpanContext ids = span.getSpanContext();
    // Without an SDK there are no real ids; callers still get ids to correlate responses and logs.
    this.traceId = ids.isValid() ? ids.getTraceId() : randomHex(2);
    this.spanId = ids.isValid() ? ids.getSpanId() : randomHex(1);
  }

  Context context() {
    return context;
  }

  Scope makeCurrent() {
    return context.makeCurrent();
  }

  String traceId() {
    return traceId;
  }

  String spanId() {
    return spanId;
  }

  void recordInput(Object input) {
    if (input != null && span.isRecording()) {
      setJson("genkit:input", input);
    }
  }

  void succeed(Object output) {
    if (span.isRecording()) {
      if (output != null) {
        setJson("genkit:output", output);
      }
      span.setAttribute("genkit:state", "success");
    }
    span.end();
  }

  /** Ends the span as failed; {@code source} marks the innermost span the failure came from. */
  void fail(Throwable failure, boolean source) {
    if (span.isRecording()) {
      span.setAttribute("genkit:state", "error");
      if (source) {
        span.setAttribute("genkit:isFailureSource", true);
      }
      span.recordException(failure);
      span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
    }
    span.end();
  }

  private void setJson(String attribute, Object value) {
    try {
      span.setAttribute(attribute, JSON.writeValueAsString(value));
    } catch (JsonProcessingException | RuntimeException e) {
      span.setAttribute(attribute + "Error", "not serialisable as JSON: " + e.getClass().getSimpleName());
    }
  }

  /** {@code 16 * longs} random lower-case hex digits, as one string: an id of {@code 8 * longs} bytes. */
  private static String randomHex(int longs) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] digits = new byte[16 * longs];
    for (int at = 0; at < digits.length; at += 16) {
      long bits = random.nextLong();
      for (int i = at + 15; i >= at; i--, bits >>>= 4) {
        digits[i] = HEX[(int) (bits & 0xf)];
      }
    }
    return new String(digits, StandardCharsets.US_ASCII);
  }
}
