package dev.flowdef.runtime;

/**
 * Interrupts the thread a flow runs on when its call is cancelled with a reason (its deadline), but only while the
 * flow runs there, so a flow blocked in {@code sleep}, {@code wait} or interruptible I/O stops; and takes its own
 * interrupt back afterwards, so it never reaches the caller's next use of the thread. A plain cancellation (a
 * closed stream) stays cooperative in process: the flow sees {@link FlowContext#isCancelled()}. Transports that
 * write from the flow's thread interrupt it themselves, between writes.
 */
final class FlowInterrupts implements Runnable {
  private final Thread thread = Thread.currentThread();
  private final Cancellation cancellation;
  private boolean running = true;
  private boolean interrupted;

  private FlowInterrupts(Cancellation cancellation) {
    this.cancellation = cancellation;
  }

  /** Interrupts this thread when {@code cancellation} fires with a reason, until {@link #done()}. */
  static FlowInterrupts of(Cancellation cancellation) {
    FlowInterrupts interrupts = new FlowInterrupts(cancellation);
    cancellation.onCancel(interrupts);
    return interrupts;
  }

  @Override
  public synchronized void run() {
    if (running && cancellation.reason() != null) {
      interrupted = true;
      thread.interrupt();
    }
  }

  /** The flow has left this thread: no more interrupts, and the one sent, if any, is cleared. */
  synchronized void done() {
    running = false;
    if (interrupted) {
      Thread.interrupted();
    }
  }
}
