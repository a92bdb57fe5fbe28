package dev.flowdef.runtime;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One running call of a flow: the {@link FlowContext} the flow sees. Chunks pass to the sink under a lock shared
 * with {@link #finish}, so a transport never receives a chunk after the flow's result; steps become child spans of
 * the flow's span.
 */
final class FlowExecution<C> implements FlowContext<C> {
  private static final System.Logger LOG = System.getLogger(FlowExecution.class.getName());

  private final String flowName;
  private final Map<String, Object> requestContext;
  private final Consumer<? super C> chunkSink;
  private final Cancellation cancellation;
  private final FlowTracing tracing;
  private final TraceSpan span;
  private final Object lock = new Object();
  private boolean finished;
  private boolean lateChunkLogged;
  /** The failure a span already reported as its source, so enclosing spans do not claim it too. */
  private volatile Throwable reportedFailure;

  FlowExecution(
      String flowName,
      Map<String, Object> requestContext,
      Consumer<? super C> chunkSink,
      Cancellation cancellation,
      FlowTracing tracing,
      TraceSpan span) {
    this.flowName = flowName;
    this.requestContext = requestContext;
    this.chunkSink = chunkSink;
    this.cancellation = cancellation;
    this.tracing = tracing != null ? tracing : FlowTracing.global();
    this.span = span;
  }

  @Override
  public String flowName() {
    return flowName;
  }

  @Override
  public void sendChunk(C chunk) {
    Objects.requireNonNull(chunk, "chunk");
    synchronized (lock) {
      if (finished) {
        if (!lateChunkLogged) {
          lateChunkLogged = true;
          LOG.log(Level.WARNING, "Flow ''{0}'' sent a chunk after it returned; ignored", flowName);
        }
        return;
      }
      throwIfCancelled();
      if (chunkSink != null) {
        chunkSink.accept(chunk);
      }
    }
  }

  @Override
  public boolean isStreaming() {
    return chunkSink != null;
  }

  @Override
  @SuppressWarnings("try") // the scope only makes the step's span current while it runs
  public <T, X extends Exception> T run(String stepName, Step<T, X> step) throws X {
    if (stepName == null || stepName.isBlank()) {
      throw new IllegalArgumentException("a step needs a name, for example ctx.run(\"retrieve-daily-menu\", ...)");
    }
    Objects.requireNonNull(step, "step");
    throwIfCancelled();
    TraceSpan stepSpan = tracing.startStep(stepName, span);
    try (var scope = stepSpan.makeCurrent()) {
      T value = step.call();
      stepSpan.succeed(value);
      return value;
    } catch (Throwable failure) {
      stepSpan.fail(failure, claimFailure(failure));
      throw failure;
    }
  }

  @Override
  public Map<String, Object> requestContext() {
    return requestContext;
  }

  @Override
  public boolean isCancelled() {
    return cancellation.isCancelled();
  }

  /** Throws what the call ends with: the cancellation's reason, such as a deadline, else {@code CANCELLED}. */
  @Override
  public void throwIfCancelled() {
    if (cancellation.isCancelled()) {
      FlowException reason = cancellation.reason();
      throw reason != null ? reason : new FlowException(FlowStatus.CANCELLED, "Flow '" + flowName + "' was cancelled");
    }
  }

  @Override
  public void onCancel(Runnable action) {
    cancellation.onCancel(action);
  }

  /** Marks the flow as returned, ending its span: from now on chunks are dropped. */
  void finish(Object output, Throwable failure) {
    synchronized (lock) {
      finished = true;
    }
    if (failure == null) {
      span.succeed(output);
    } else {
      span.fail(failure, claimFailure(failure));
    }
  }

  /** Whether {@code failure} starts here: true the first time a span of this call reports it. */
  private boolean claimFailure(Throwable failure) {
    if (reportedFailure == failure) {
      return false;
    }
    reportedFailure = failure;
    return true;
  }
}
