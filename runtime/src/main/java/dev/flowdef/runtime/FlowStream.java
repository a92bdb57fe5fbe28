package dev.flowdef.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A flow call in progress, as {@link Flow#stream} returns it: iterate it for the chunks as they are sent, then read
 * {@link #output()}. Closing it before the flow is done cancels the call.
 *
 * <pre>{@code
 * try (FlowStream<String, MenuOutput> stream = flow.stream(input)) {
 *   for (String chunk : stream) {
 *     System.out.print(chunk);
 *   }
 *   MenuOutput output = stream.awaitOutput();
 * }
 * }</pre>
 *
 * <p>Iteration blocks until the next chunk or the end, and ends by throwing the flow's failure if it failed; after
 * {@link #cancel()} it just ends. A stream can be iterated once.
 *
 * @param <C> the chunk type
 * @param <O> the output type
 */
public final class FlowStream<C, O> implements Iterable<C>, AutoCloseable {
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final CompletableFuture<O> output = new CompletableFuture<>();
  private final Cancellation cancellation;
  private boolean iterated;

  FlowStream(Cancellation cancellation) {
    this.cancellation = cancellation;
  }

  /** The flow's output; it fails with the flow's failure, or with {@link FlowStatus#CANCELLED} once cancelled. */
  public CompletableFuture<O> output() {
    return output.copy();
  }

  /** Waits for the output and returns it, rethrowing a failure as {@link Flow#run} does. */
  public O awaitOutput() {
    try {
      return output.get();
    } catch (InterruptedException e) {
      cancel();
      Thread.currentThread().interrupt();
      throw new FlowException(FlowStatus.CANCELLED, "Interrupted while waiting for the flow's output", null, e);
    } catch (ExecutionException e) {
      throw Flow.asUnchecked(e.getCause());
    }
  }

  /** Cancels the call: the flow sees it, iteration ends and the output fails with {@link FlowStatus#CANCELLED}. */
  public void cancel() {
    cancellation.cancel();
  }

  public boolean isCancelled() {
    return cancellation.isCancelled();
  }

  /** Cancels the call unless the flow is already done. */
  @Override
  public void close() {
    if (!output.isDone()) {
      cancel();
    }
  }

  @Override
  public synchronized Iterator<C> iterator() {
    if (iterated) {
      throw new IllegalStateException("a FlowStream can be iterated once");
    }
    iterated = true;
    return new Chunks();
  }

  void offer(C chunk) {
    queue.add(chunk);
  }

  void finish(O value, Throwable failure) {
    if (failure == null) {
      output.complete(value);
    } else {
      output.completeExceptionally(Flow.unwrap(failure));
    }
    queue.add(END);
  }

  private final class Chunks implements Iterator<C> {
    private Object next;

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = take();
      }
      if (next != END) {
        return true;
      }
      if (output.isCompletedExceptionally() && (!cancellation.isCancelled() || cancellation.reason() != null)) {
        awaitOutput(); // throws the failure (a deadline's too); a stream its reader cancelled just ends
      }
      return false;
    }

    @Override
    @SuppressWarnings("unchecked") // only chunks of type C and END are queued
    public C next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      C chunk = (C) next;
      next = null;
      return chunk;
    }

    private Object take() {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        cancel();
        Thread.currentThread().interrupt();
        throw new FlowException(FlowStatus.CANCELLED, "Interrupted while waiting for a chunk", null, e);
      }
    }
  }
}
