package dev.flowdef.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts work a cold JVM does slowly on daemon threads, so it overlaps with what the starting thread must do anyway,
 * as Spring Boot's background pre-initializer does. The work only initializes classes and fills caches that the
 * first request would otherwise fill; it changes nothing a request sees, and if it fails, that is logged at DEBUG and
 * the request does the work itself.
 *
 * <p>For Flowdef's own packages; {@code -Dflowdef.warmup=false} turns it off.
 */
public final class Warmup {
  private static final boolean ENABLED = !"false".equals(System.getProperty("flowdef.warmup"));
  private static final AtomicBoolean LIBRARIES = new AtomicBoolean();

  private Warmup() {}

  /** Runs {@code work} on a new daemon thread named {@code flowdef-warmup-<what>}, unless warm-up is off. */
  public static void inBackground(String what, Runnable work) {
    if (ENABLED) {
      new Worker(what, work).start();
    }
  }

  /**
   * Once per JVM, the libraries every flow call needs, with the slowest class initializers: Jackson's
   * {@code ObjectMapper}, whose default date format's calendar looks up the default locale among every installed one
   * (50–70 ms on a cold JVM), and the JDK's {@code System.Logger} back end. An anonymous class rather than a lambda:
   * the thread starts before the JVM has set up lambdas, which takes the starting thread a few milliseconds more.
   */
  static void libraries() {
    if (LIBRARIES.compareAndSet(false, true)) {
      inBackground("libraries", new Runnable() {
        @Override
        public void run() {
          new ObjectMapper().getDateFormat();
          System.getLogger(Warmup.class.getName()).isLoggable(Level.DEBUG);
        }
      });
    }
  }

  private static final class Worker extends Thread {
    private final String what;
    private final Runnable work;

    Worker(String what, Runnable work) {
      super("flowdef-warmup-" + what);
      this.what = what;
      this.work = work;
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        work.run();
      } catch (RuntimeException | LinkageError e) {
        System.getLogger(Warmup.class.getName())
            .log(Level.DEBUG, "Warm-up of " + what + " failed; the first request does it instead", e);
      }
    }
  }
}
