package dev.flowdef.runtime;

/**
 * Interrupts the thread a flow runs on when its call is cancelled (a deadline, a closed stream), but only while the
 * flow runs there, so a flow blocked in {@code sleep}, {@code wait} or interruptible I/O stops; and takes its own
 * interrupt back afterwards, so it never reaches the caller's next use of the thread. Transports that write from
 * the flow's thread interrupt it themselves, between writes.
 */
final class FlowInterrupts implements Runnable {
  private final Thread thread = Thread.currentThread();
  private boolean running = true;
  private boolean interrupted;

  private FlowInterrupts() {}

  /** Interrupts this thread when {@code cancellation} fires, until {@link #done()}. */
  static FlowInterrupts of(Cancellation cancellation) {
    FlowInterrupts interrupts = new FlowInterrupts();
    cancellation.onCancel(interrupts);
    return interrupts;
  }

  @Override
  public synchronized void run() {
    if (running) {
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
