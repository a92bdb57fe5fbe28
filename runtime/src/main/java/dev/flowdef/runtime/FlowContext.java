package dev.flowdef.runtime;

import java.util.Map;

/**
 * What a running flow sees of its call: the stream to send chunks on, named steps, the request context and
 * cancellation. A flow receives it as its second parameter, typed by its chunk type ({@code FlowContext<String>} for
 * a flow that streams text, {@code FlowContext<Void>} for one that does not stream).
 *
 * @param <C> the chunk type
 */
public interface FlowContext<C> {

  /** The name of the running flow. */
  String flowName();

  /**
   * Sends a chunk to the caller, in order, as soon as the transport allows. When the caller did not ask for a stream
   * the chunk is dropped, so a flow streams the same way however it is called.
   *
   * @throws FlowException with {@link FlowStatus#CANCELLED} once the call is cancelled, so a streaming loop ends
   */
  void sendChunk(C chunk);

  /** Whether the caller asked for a stream, so a flow may skip preparing chunks nobody reads. */
  boolean isStreaming();

  /**
   * Runs a named step of the flow ({@code ctx.run("retrieve-daily-menu", () -> menu.today())}), returning what it
   * returns. Steps appear as spans in traces.
   *
   * @throws FlowException with {@link FlowStatus#CANCELLED} if the call was cancelled before the step started
   * @throws X what the step throws, unchanged
   */
  <T, X extends Exception> T run(String stepName, Step<T, X> step) throws X;

  /**
   * The request context: what the transport's context provider derived from the request (for example
   * {@code {"auth": {...}}}), or what an in-process caller passed. Never {@code null}; unmodifiable.
   */
  Map<String, Object> requestContext();

  /** Whether the caller cancelled the call or went away. A long-running flow should check it and stop. */
  boolean isCancelled();

  /** Throws {@link FlowException} with {@link FlowStatus#CANCELLED} if the call was cancelled. */
  default void throwIfCancelled() {
    if (isCancelled()) {
      throw new FlowException(FlowStatus.CANCELLED, "Flow '" + flowName() + "' was cancelled");
    }
  }

  /** Runs {@code action} once when the call is cancelled, at once if it already was, to release resources. */
  void onCancel(Runnable action);
}
