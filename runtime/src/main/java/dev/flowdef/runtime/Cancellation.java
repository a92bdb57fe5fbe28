package dev.flowdef.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cancellation signal of one flow call, shared between whoever may cancel it (a caller closing a stream, a
 * transport seeing its client go away, a deadline, a server stopping) and the running flow, which sees it through
 * {@link FlowContext}. A cancellation may carry the failure the call ends with, such as
 * {@link FlowStatus#DEADLINE_EXCEEDED}; without one, the call ends {@link FlowStatus#CANCELLED}.
 */
public final class Cancellation {
  private List<Runnable> listeners = new ArrayList<>();
  private volatile boolean cancelled;
  private volatile FlowException reason;

  /** Cancels the call; listeners run once, on this thread. Later calls do nothing. */
  public void cancel() {
    cancel(null);
  }

  /**
   * Cancels the call, which then fails with {@code reason} (for example {@code DEADLINE_EXCEEDED} when it ran out of
   * time) rather than {@code CANCELLED}; {@code null} for a plain cancellation. Only the first cancellation counts.
   */
  public void cancel(FlowException reason) {
    List<Runnable> toRun;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      this.reason = reason;
      cancelled = true;
      toRun = listeners;
      listeners = null;
    }
    for (Runnable listener : toRun) {
      listener.run();
    }
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /** The failure the cancelled call ends with, if it was given one; {@code null} otherwise. */
  public FlowException reason() {
    return cancelled ? reason : null;
  }

  /** Runs {@code listener} on cancellation, or at once if the call is already cancelled. */
  public void onCancel(Runnable listener) {
    Objects.requireNonNull(listener, "listener");
    synchronized (this) {
      if (!cancelled) {
        listeners.add(listener);
        return;
      }
    }
    listener.run();
  }
}
