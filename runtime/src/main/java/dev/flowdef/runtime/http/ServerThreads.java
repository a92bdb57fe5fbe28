package dev.flowdef.runtime.http;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that serve requests: a virtual thread per request on JDK 21 and later (found by a method-handle
 * lookup, so the code still compiles for Java 17), else a cached pool of daemon threads. Flows block (on models,
 * on I/O, while streaming), so a fixed pool would cap how many calls run at once.
 */
final class ServerThreads {
  /** Runs the work a cancellation hands off: interrupting a flow, answering a caller whose flow did not return. */
  static final ExecutorService ANSWERS = create();
  /** Write streams' frames to their clients (see {@link FrameWriter}), so a flow never waits for a socket. */
  static final ExecutorService WRITERS = create();
  /** Delays the late answers; its one thread only hands them to {@link #ANSWERS}. */
  static final ScheduledThreadPoolExecutor TIMER = timer();

  private ServerThreads() {}

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "flowdef-http-timer");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  static ExecutorService create() {
    try {
      return (ExecutorService)
          MethodHandles.publicLookup()
              .findStatic(
                  Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class))
              .invoke();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      AtomicInteger count = new AtomicInteger();
      // As a cached pool, but idle threads go after 5 s rather than 60: a burst leaves no crowd of threads behind.
      return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(),
          task -> {
            Thread thread = new Thread(task, "flowdef-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
    } catch (Throwable e) {
      throw new IllegalStateException("Could not create the server's virtual-thread executor", e);
    }
  }
}
