package dev.flowdef.runtime;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One running call of a flow: the {@link FlowContext} the flow sees. Chunks pass to the sink under a lock shared
 * with {@link #finish()}, so a transport never receives a chunk after the flow's result.
 */
final class FlowExecution<C> implements FlowContext<C> {
  private static final System.Logger LOG = System.getLogger(FlowExecution.class.getName());

  private final String flowName;
  private final Map<String, Object> requestContext;
  private final Consumer<? super C> chunkSink;
  private final Cancellation cancellation;
  private final Object lock = new Object();
  private boolean finished;
  private boolean lateChunkLogged;

  FlowExecution(
      String flowName, Map<String, Object> requestContext, Consumer<? super C> chunkSink, Cancellation cancellation) {
    this.flowName = flowName;
    this.requestContext = requestContext;
    this.chunkSink = chunkSink;
    this.cancellation = cancellation;
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
  public <T, X extends Exception> T run(String stepName, Step<T, X> step) throws X {
    if (stepName == null || stepName.isBlank()) {
      throw new IllegalArgumentException("a step needs a name, for example ctx.run(\"retrieve-daily-menu\", ...)");
    }
    Objects.requireNonNull(step, "step");
    throwIfCancelled();
    return step.call();
  }

  @Override
  public Map<String, Object> requestContext() {
    return requestContext;
  }

  @Override
  public boolean isCancelled() {
    return cancellation.isCancelled();
  }

  @Override
  public void onCancel(Runnable action) {
    cancellation.onCancel(action);
  }

  /** Marks the flow as returned: from now on chunks are dropped. */
  void finish() {
    synchronized (lock) {
      finished = true;
    }
  }
}
