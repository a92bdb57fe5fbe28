package dev.flowdef.runtime.http;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the flushes a stream put off (see {@link FlowCall}): one daemon thread for the whole process, started with
 * the first stream that needs it.
 */
final class LateFlushes {
  private static final ScheduledExecutorService THREAD =
      Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "flowdef-late-flushes");
        thread.setDaemon(true);
        return thread;
      });

  private LateFlushes() {}

  static void after(long nanos, Runnable flush) {
    THREAD.schedule(flush, nanos, TimeUnit.NANOSECONDS);
  }
}
