package dev.flowdef.runtime.http;

import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * The limits of the JDK's {@code com.sun.net.httpserver} that protect a public endpoint: a read timeout, so a client
 * that sends its request a byte a second loses its connection and frees the worker reading it
 * ({@code sun.net.httpserver.maxReqTime}, covering the headers and the body), and a cap on the size of the request
 * headers ({@code sun.net.httpserver.maxReqHeaderSize}; larger ones close the connection). The JDK reads these system
 * properties once per JVM, when its first server starts, so the first Flowdef server (embedded or dev mode) sets them
 * unless the application already did with {@code -D}; a later server cannot change them, and says so in the log.
 */
public final class JdkServerSettings {
  private static final System.Logger LOG = System.getLogger(JdkServerSettings.class.getName());
  static final String NO_DELAY = "sun.net.httpserver.nodelay";
  static final String READ_TIMEOUT = "sun.net.httpserver.maxReqTime";
  static final String MAX_HEADER_BYTES = "sun.net.httpserver.maxReqHeaderSize";

  /** The read timeout unless configured: long enough for any honest client, short enough to shed idle sockets. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** The header limit unless configured: room for large cookies and tokens, not for a memory attack. */
  public static final int DEFAULT_MAX_HEADER_BYTES = 64 * 1024;

  private JdkServerSettings() {}

  /** Applies the defaults: for servers without options of their own, such as dev mode's reflection API. */
  public static void applyDefaults() {
    apply(DEFAULT_READ_TIMEOUT, DEFAULT_MAX_HEADER_BYTES);
  }

  /**
   * Sets the JVM-wide limits before a JDK server is created. {@code TCP_NODELAY} is switched on too, since without
   * it every response waits ~40 ms on Nagle's algorithm and delayed ACKs.
   */
  static synchronized void apply(Duration readTimeout, int maxHeaderBytes) {
    set(NO_DELAY, "true");
    set(READ_TIMEOUT, String.valueOf(seconds(readTimeout)));
    set(MAX_HEADER_BYTES, String.valueOf(maxHeaderBytes));
  }

  /** The JDK counts the read timeout in whole seconds: rounded up, at least one. */
  static long seconds(Duration timeout) {
    long seconds = timeout.getSeconds() + (timeout.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  private static void set(String property, String value) {
    String current = System.getProperty(property);
    if (current == null) {
      System.setProperty(property, value);
    } else if (!current.equals(value)) {
      LOG.log(Level.DEBUG, "{0} is already {1} in this JVM (set with -D, or by the first server); {2} not applied",
          property, current, value);
    }
  }
}
