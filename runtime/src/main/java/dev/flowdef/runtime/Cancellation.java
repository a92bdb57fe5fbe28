package dev.flowdef.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cancellation signal of one flow call, shared between whoever may cancel it (a caller closing a stream, a
 * transport seeing its client go away) and the running flow, which sees it through {@link FlowContext}.
 */
public final class Cancellation {
  private List<Runnable> listeners = new ArrayList<>();
  private volatile boolean cancelled;

  /** Cancels the call; listeners run once, on this thread. Later calls do nothing. */
  public void cancel() {
    List<Runnable> toRun;
    synchronized (this) {
      if (cancelled) {
        return;
      }
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
