package dev.flowdef.runtime.http;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that serve requests: a virtual thread per request on JDK 21 and later (found by a method-handle
 * lookup, so the code still compiles for Java 17), else a cached pool of daemon threads. Flows block (on models,
 * on I/O, while streaming), so a fixed pool would cap how many calls run at once.
 */
final class ServerThreads {
  private ServerThreads() {}

  static ExecutorService create() {
    try {
      return (ExecutorService)
          MethodHandles.publicLookup()
              .findStatic(
                  Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class))
              .invoke();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      AtomicInteger count = new AtomicInteger();
      return Executors.newCachedThreadPool(
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
