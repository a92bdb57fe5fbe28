package dev.flowdef.runtime;

/**
 * Told the ids of a flow call's root span as soon as it starts, before the flow runs, so a transport can send them
 * (as {@code x-genkit-trace-id} and {@code x-genkit-span-id}) before the output exists.
 */
@FunctionalInterface
public interface TraceListener {
  TraceListener NONE = (traceId, spanId) -> {};

  /** {@code traceId} is 32 lower-case hex digits, {@code spanId} 16. */
  void traceStarted(String traceId, String spanId);
}
