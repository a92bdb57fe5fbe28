package dev.flowdef.runtime;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A flow bound to its implementation, ready to call: {@link #run} returns the output, {@link #stream} the chunks as
 * they come and then the output. Transports use {@link #invoke}, which the other calls are built on.
 *
 * @param <I> the input type
 * @param <O> the output type
 * @param <C> the chunk type
 */
public final class Flow<I, O, C> {
  private final FlowDescriptor<I, O, C> descriptor;
  private final FlowInvoker<I, O, C> invoker;
  private final FlowTracing tracing;

  private Flow(FlowDescriptor<I, O, C> descriptor, FlowInvoker<I, O, C> invoker, FlowTracing tracing) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.invoker = Objects.requireNonNull(invoker, "invoker");
    this.tracing = tracing;
  }

  /** Binds a descriptor to the code that runs it, traced through {@link FlowTracing#global()}. */
  public static <I, O, C> Flow<I, O, C> of(FlowDescriptor<I, O, C> descriptor, FlowInvoker<I, O, C> invoker) {
    return new Flow<>(descriptor, invoker, null);
  }

  /** The same flow, traced through {@code tracing}. */
  public Flow<I, O, C> tracedBy(FlowTracing tracing) {
    return new Flow<>(descriptor, invoker, Objects.requireNonNull(tracing, "tracing"));
  }

  public FlowDescriptor<I, O, C> descriptor() {
    return descriptor;
  }

  public String name() {
    return descriptor.name();
  }

  /** Runs the flow on this thread and returns its output. */
  public O run(I input) {
    return run(input, Map.of());
  }

  /**
   * Runs the flow with a request context and returns its output. A failure is rethrown as the flow threw it when it
   * is unchecked, and as a {@link FlowException} with {@link FlowStatus#INTERNAL} around it when it is checked.
   */
  public O run(I input, Map<String, ?> requestContext) {
    Cancellation cancellation = new Cancellation();
    CompletableFuture<O> output = invoke(input, requestContext, null, cancellation);
    try {
      return output.get();
    } catch (InterruptedException e) {
      cancellation.cancel();
      Thread.currentThread().interrupt();
      throw new FlowException(FlowStatus.CANCELLED, "Interrupted while waiting for flow '" + name() + "'", null, e);
    } catch (ExecutionException e) {
      throw asUnchecked(e.getCause());
    }
  }

  /** Starts the flow on a flow thread and returns its stream of chunks and its output. */
  public FlowStream<C, O> stream(I input) {
    return stream(input, Map.of());
  }

  /** Starts the flow with a request context on a flow thread and returns its stream of chunks and its output. */
  public FlowStream<C, O> stream(I input, Map<String, ?> requestContext) {
    return stream(input, requestContext, FlowThreads.SHARED);
  }

  FlowStream<C, O> stream(I input, Map<String, ?> requestContext, Executor executor) {
    Cancellation cancellation = new Cancellation();
    FlowStream<C, O> stream = new FlowStream<>(cancellation);
    Map<String, Object> context = copyOf(requestContext);
    try {
      executor.execute(() -> invoke(input, context, stream::offer, cancellation).whenComplete(stream::finish));
    } catch (RejectedExecutionException e) {
      stream.finish(null, new FlowException(FlowStatus.UNAVAILABLE, "No thread to run flow '" + name() + "'", null, e));
    }
    return stream;
  }

  /**
   * Calls the flow on this thread: the building block of every transport. Chunks go to {@code chunks} in order, and
   * never after the returned future completes; a {@code null} sink means the caller did not ask for a stream. When
   * {@code cancellation} fires, the future fails at once with {@link FlowStatus#CANCELLED} and the flow sees it.
   * Nothing is thrown: every failure, even one thrown before the flow returns its stage, completes the future.
   */
  public CompletableFuture<O> invoke(
      I input, Map<String, ?> requestContext, Consumer<? super C> chunks, Cancellation cancellation) {
    return invoke(input, requestContext, chunks, cancellation, TraceListener.NONE);
  }

  /**
   * {@link #invoke(Object, Map, Consumer, Cancellation)}, telling {@code traceListener} the ids of the call's span
   * before the flow runs. The span ends before the returned future completes, so an exporter has it by then.
   */
  @SuppressWarnings("try") // the scope only makes the span current while the flow starts
  public CompletableFuture<O> invoke(
      I input,
      Map<String, ?> requestContext,
      Consumer<? super C> chunks,
      Cancellation cancellation,
      TraceListener traceListener) {
    CompletableFuture<O> output = new CompletableFuture<>();
    cancellation.onCancel(() -> output.completeExceptionally(cancelled()));
    if (cancellation.isCancelled()) {
      return output; // cancelled before it started: the flow never runs
    }
    TraceSpan span = (tracing != null ? tracing : FlowTracing.global()).startFlow(name(), input);
    FlowExecution<C> execution =
        new FlowExecution<>(name(), copyOf(requestContext), chunks, cancellation, tracing, span);
    try (var scope = span.makeCurrent()) {
      traceListener.traceStarted(span.traceId(), span.spanId());
      CompletionStage<O> stage = invoker.invoke(input, execution);
      if (stage == null) {
        throw new IllegalStateException("flow '" + name() + "' returned a null CompletionStage");
      }
      stage.whenComplete(
          (value, failure) -> {
            execution.finish(value, failure == null ? null : unwrap(failure));
            if (cancellation.isCancelled()) {
              // The flow may end as soon as it sees the flag, before the cancelling thread completes the output.
              output.completeExceptionally(cancelled());
            } else if (failure == null) {
              output.complete(value);
            } else {
              output.completeExceptionally(unwrap(failure));
            }
          });
    } catch (Throwable failure) {
      execution.finish(null, failure);
      output.completeExceptionally(cancellation.isCancelled() ? cancelled() : failure);
    }
    return output;
  }

  @Override
  public String toString() {
    return "Flow[" + name() + "]";
  }

  private FlowException cancelled() {
    return new FlowException(FlowStatus.CANCELLED, "Flow '" + name() + "' was cancelled");
  }

  static Throwable unwrap(Throwable failure) {
    while ((failure instanceof CompletionException || failure instanceof ExecutionException)
        && failure.getCause() != null) {
      failure = failure.getCause();
    }
    return failure;
  }

  /** What an in-process caller sees of a failure: itself when unchecked, else an INTERNAL {@link FlowException}. */
  static RuntimeException asUnchecked(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new FlowException(FlowStatus.INTERNAL, String.valueOf(cause), null, cause);
  }

  private static Map<String, Object> copyOf(Map<String, ?> requestContext) {
    return requestContext == null ? Map.of() : Map.copyOf(requestContext);
  }
}
