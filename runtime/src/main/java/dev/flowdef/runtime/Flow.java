package dev.flowdef.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A flow bound to its implementation, ready to call: {@link #run} returns the output, {@link #stream} the chunks as
 * they come and then the output. Transports use {@link #invoke}, which the other calls are built on.
 *
 * <p>A flow with a {@linkplain #timeout() timeout} that runs longer fails with {@link FlowStatus#DEADLINE_EXCEEDED}
 * at the deadline, and is cancelled, so it sees {@link FlowContext#isCancelled()} and may stop.
 *
 * @param <I> the input type
 * @param <O> the output type
 * @param <C> the chunk type
 */
public final class Flow<I, O, C> {
  private final FlowDescriptor<I, O, C> descriptor;
  private final FlowInvoker<I, O, C> invoker;
  private final FlowTracing tracing;
  private final Duration timeout;

  private Flow(
      FlowDescriptor<I, O, C> descriptor, FlowInvoker<I, O, C> invoker, FlowTracing tracing, Duration timeout) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.invoker = Objects.requireNonNull(invoker, "invoker");
    this.tracing = tracing;
    this.timeout = timeout;
  }

  /** Binds a descriptor to the code that runs it, traced through {@link FlowTracing#global()}. */
  public static <I, O, C> Flow<I, O, C> of(FlowDescriptor<I, O, C> descriptor, FlowInvoker<I, O, C> invoker) {
    return new Flow<>(descriptor, invoker, null, descriptor.timeout());
  }

  /**
   * The flows {@code dispatcher} calls, the flow at {@code descriptors[i]} as its index {@code i}: how generated
   * bindings bind their flows.
   */
  public static List<Flow<?, ?, ?>> dispatching(FlowDispatcher dispatcher, FlowDescriptor<?, ?, ?>... descriptors) {
    Objects.requireNonNull(dispatcher, "dispatcher");
    List<Flow<?, ?, ?>> flows = new ArrayList<>(descriptors.length);
    for (int i = 0; i < descriptors.length; i++) {
      flows.add(dispatched(descriptors[i], dispatcher, i));
    }
    return List.copyOf(flows);
  }

  @SuppressWarnings("unchecked") // the dispatcher's flow at this index has this descriptor's output type
  private static <I, O, C> Flow<I, O, C> dispatched(
      FlowDescriptor<I, O, C> descriptor, FlowDispatcher dispatcher, int index) {
    return of(descriptor, (input, context) -> {
      Object returned = dispatcher.call(index, input, context);
      return returned instanceof PendingOutput pending
          ? (CompletionStage<O>) pending.stage()
          : CompletableFuture.completedFuture((O) returned);
    });
  }

  /** The same flow, traced through {@code tracing}. */
  public Flow<I, O, C> tracedBy(FlowTracing tracing) {
    return new Flow<>(descriptor, invoker, Objects.requireNonNull(tracing, "tracing"), timeout);
  }

  /**
   * The same flow, limited to {@code timeout} unless its descriptor sets a timeout of its own, which wins: a
   * transport's default for every flow ({@code null} for none).
   */
  public Flow<I, O, C> withDefaultTimeout(Duration timeout) {
    if (descriptor.timeout() != null || Objects.equals(timeout, this.timeout)) {
      return this;
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("a timeout must be positive, not " + timeout);
    }
    return new Flow<>(descriptor, invoker, tracing, timeout);
  }

  /** How long a call may run before it fails with {@code DEADLINE_EXCEEDED}; {@code null} for no limit. */
  public Duration timeout() {
    return timeout;
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
    FlowInterrupts interrupts = FlowInterrupts.of(cancellation); // a deadline stops a flow blocked on this thread
    CompletableFuture<O> output;
    try {
      output = invoke(input, requestContext, null, cancellation);
    } finally {
      interrupts.done();
    }
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
      executor.execute(() -> {
        FlowInterrupts interrupts = FlowInterrupts.of(cancellation); // a deadline stops a blocked flow
        try {
          invoke(input, context, stream::offer, cancellation).whenComplete(stream::finish);
        } finally {
          interrupts.done();
        }
      });
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
    cancellation.onCancel(() -> output.completeExceptionally(cancelled(cancellation)));
    if (cancellation.isCancelled()) {
      return output; // cancelled before it started: the flow never runs
    }
    startDeadline(cancellation, output);
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
              output.completeExceptionally(cancelled(cancellation));
            } else if (failure == null) {
              output.complete(value);
            } else {
              output.completeExceptionally(unwrap(failure));
            }
          });
    } catch (Throwable failure) {
      execution.finish(null, failure);
      output.completeExceptionally(cancellation.isCancelled() ? cancelled(cancellation) : failure);
    }
    return output;
  }

  @Override
  public String toString() {
    return "Flow[" + name() + "]";
  }

  /** What a cancelled call fails with: the cancellation's reason (a deadline, a server stopping), else CANCELLED. */
  private FlowException cancelled(Cancellation cancellation) {
    FlowException reason = cancellation.reason();
    return reason != null ? reason : new FlowException(FlowStatus.CANCELLED, "Flow '" + name() + "' was cancelled");
  }

  /**
   * At the deadline, cancels the call with {@code DEADLINE_EXCEEDED}, on a flow thread, so that the flow's
   * {@code onCancel} actions never hold up the timer; the timer is dropped as soon as the call ends.
   */
  private void startDeadline(Cancellation cancellation, CompletableFuture<O> output) {
    if (timeout == null) {
      return;
    }
    FlowException exceeded = new FlowException(
        FlowStatus.DEADLINE_EXCEEDED, "Flow '" + name() + "' did not finish within its timeout of " + shown(timeout));
    ScheduledFuture<?> deadline = FlowThreads.TIMER.schedule(
        () -> FlowThreads.SHARED.execute(() -> cancellation.cancel(exceeded)), timeout.toNanos(), TimeUnit.NANOSECONDS);
    output.whenComplete((value, failure) -> deadline.cancel(false));
  }

  /** {@code 30s}, {@code 1500ms}: a timeout as a person writes it. */
  static String shown(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
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
