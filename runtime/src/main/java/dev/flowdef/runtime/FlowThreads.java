package dev.flowdef.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads flows run on when the caller does not lend its own: virtual threads on JDK 21 and later, daemon
 * platform threads on JDK 17. The choice is made once, at class initialisation, never per call.
 */
final class FlowThreads {
  static final Executor SHARED = create();
  /** Fires flows' deadlines; one daemon thread, which only hands each deadline to a flow thread. */
  static final ScheduledThreadPoolExecutor TIMER = timer();

  private FlowThreads() {}

  private static Executor create() {
    try {
      MethodHandle factory =
          MethodHandles.publicLookup()
              .findStatic(
                  Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class));
      return (ExecutorService) factory.invoke();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return platformThreads();
    } catch (Throwable e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "flowdef-deadlines");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true); // a call that ends in time leaves nothing behind in the queue
    return timer;
  }

  private static Executor platformThreads() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(
        task -> {
          Thread thread = new Thread(task, "flowdef-flow-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
