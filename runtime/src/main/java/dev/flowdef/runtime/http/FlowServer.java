package dev.flowdef.runtime.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.validation.InputValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Serves every flow of a registry over HTTP with Genkit's protocol, with no configuration and no container:
 *
 * <pre>{@code
 * FlowServer server = FlowServer.start(FlowRegistry.discover());   // POST http://localhost:3400/<flowName>
 * }</pre>
 *
 * <p>It listens on {@code $PORT}, else 3400, on every interface, as Genkit's own flow server does; {@link #builder}
 * sets the port, host, path prefix, limits (body, headers, JSON depth, read timeout), a default flow timeout, context
 * providers, CORS and input validator. {@link #close()} stops it gracefully.
 */
public final class FlowServer implements AutoCloseable {
  private final HttpEngine engine;
  private final FlowHandler handler;
  private final URI uri;
  private final int port;
  private final Duration shutdownGrace;

  private FlowServer(HttpEngine engine, FlowHandler handler, String host, int port, Duration shutdownGrace) {
    this.engine = engine;
    this.handler = handler;
    this.port = port;
    this.shutdownGrace = shutdownGrace;
    String shownHost = host == null || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    this.uri = URI.create("http://" + (shownHost.contains(":") ? "[" + shownHost + "]" : shownHost) + ":" + port
        + handler.pathPrefix());
  }

  /** Starts serving every flow of {@code registry} on {@code $PORT}, else 3400. */
  public static FlowServer start(FlowRegistry registry) {
    return builder(registry).start();
  }

  public static Builder builder(FlowRegistry registry) {
    return new Builder(registry);
  }

  /** The port the server listens on (the one the system chose when asked for port 0). */
  public int port() {
    return port;
  }

  /** The base URL of the flows, for example {@code http://localhost:3400/}; a flow is at its name under it. */
  public URI uri() {
    return uri;
  }

  FlowHandler handler() {
    return handler;
  }

  /** Stops the server: calls in progress get the configured grace period (5 s by default), then are ended. */
  @Override
  public void close() {
    stop(shutdownGrace);
  }

  /**
   * Stops accepting calls, lets those in progress finish within {@code grace}, ends the rest (a stream with an
   * {@code UNAVAILABLE} error frame), then closes the socket.
   */
  public void stop(Duration grace) {
    handler.shutDown(grace);
    engine.stop();
  }

  /**
   * The HTTP engines the server runs on, chosen by measurement (README, "HTTP engine"): Jetty 12 if the application
   * has it on its class path ({@code org.eclipse.jetty:jetty-server}), which served more requests with a shorter tail
   * on JDK 17 and JDK 25; else the JDK's own {@code HttpServer}, which needs no dependency and starts quickest.
   */
  public enum Engine {
    /** The JDK's {@code com.sun.net.httpserver}: no dependency; its limits are JVM-wide ({@link JdkServerSettings}). */
    JDK {
      @Override
      HttpEngine create(Duration readTimeout, int maxHeaderBytes) {
        return new JdkHttpEngine(readTimeout, maxHeaderBytes);
      }
    },
    /** Jetty 12's core API, which must be on the class path; its limits are the server's own. */
    JETTY {
      @Override
      HttpEngine create(Duration readTimeout, int maxHeaderBytes) {
        if (!jettyOnClassPath()) {
          throw new IllegalStateException("The JETTY engine needs Jetty 12 on the class path "
              + "(org.eclipse.jetty:jetty-server 12.x); without it, use FlowServer.Engine.JDK");
        }
        return new JettyHttpEngine(readTimeout, maxHeaderBytes);
      }
    };

    /** The system property that picks the engine of every server not given one: {@code jdk} or {@code jetty}. */
    public static final String PROPERTY = "flowdef.http.engine";

    /**
     * The engine of a server not given one: as {@code -Dflowdef.http.engine=jdk|jetty} says, else {@link #JETTY} when
     * Jetty 12 is on the class path, else {@link #JDK}.
     */
    public static Engine preferred() {
      return choose(System.getProperty(PROPERTY), Engine::jettyOnClassPath);
    }

    /** Whether Jetty 12 is there, by a class only Jetty 12 has: Jetty 11 and older must not be taken for it. */
    private static boolean jettyOnClassPath() {
      try {
        Class.forName("org.eclipse.jetty.io.Content$Sink", false, FlowServer.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }

    static Engine choose(String property, BooleanSupplier jettyAvailable) {
      if (property != null && !property.isBlank()) {
        try {
          return valueOf(property.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("-D" + PROPERTY + "=" + property + " names no engine: use jdk or jetty", e);
        }
      }
      return jettyAvailable.getAsBoolean() ? JETTY : JDK;
    }

    abstract HttpEngine create(Duration readTimeout, int maxHeaderBytes);
  }

  /** Where and how the server listens, and the protocol's options. */
  public static final class Builder {
    private final FlowHandler.Builder protocol;
    private String host;
    private int port = defaultPort();
    private Duration shutdownGrace = Duration.ofSeconds(5);
    private Duration readTimeout = JdkServerSettings.DEFAULT_READ_TIMEOUT;
    private int maxHeaderBytes = JdkServerSettings.DEFAULT_MAX_HEADER_BYTES;
    private Engine engine;

    private Builder(FlowRegistry registry) {
      this.protocol = FlowHandler.builder(registry);
    }

    /** The port to listen on; 0 lets the system choose. {@code $PORT}, else 3400, by default. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to listen on, for example {@code 127.0.0.1}; every interface by default. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** How long {@link FlowServer#close()} lets calls in progress run; 5 seconds by default. */
    public Builder shutdownGrace(Duration grace) {
      this.shutdownGrace = Objects.requireNonNull(grace, "grace");
      return this;
    }

    /**
     * How long a client may take to send its request, headers and body, before its connection is closed and the
     * worker reading it freed: a slow client cannot hold the server's threads. 30 seconds by default; JVM-wide for
     * the JDK's server (see {@link JdkServerSettings}). Jetty reads headers without a thread: there it bounds the
     * body, and closes a connection silent for that long.
     */
    public Builder readTimeout(Duration readTimeout) {
      if (readTimeout.isNegative() || readTimeout.isZero()) {
        throw new IllegalArgumentException("a read timeout must be positive, not " + readTimeout);
      }
      this.readTimeout = readTimeout;
      return this;
    }

    /**
     * The largest request header section accepted, in bytes; a larger one closes the connection. 64 KiB by default;
     * JVM-wide for the JDK's server (see {@link JdkServerSettings}).
     */
    public Builder maxHeaderBytes(int maxHeaderBytes) {
      if (maxHeaderBytes < 1024) {
        throw new IllegalArgumentException("maxHeaderBytes must be at least 1024: " + maxHeaderBytes);
      }
      this.maxHeaderBytes = maxHeaderBytes;
      return this;
    }

    /** The HTTP engine; {@link Engine#preferred()} by default. */
    public Builder engine(Engine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /** See {@link FlowHandler.Builder#timeout}. */
    public Builder timeout(Duration timeout) {
      protocol.timeout(timeout);
      return this;
    }

    /** See {@link FlowHandler.Builder#maxJsonDepth}. */
    public Builder maxJsonDepth(int maxJsonDepth) {
      protocol.maxJsonDepth(maxJsonDepth);
      return this;
    }

    /** See {@link FlowHandler.Builder#pathPrefix}. */
    public Builder pathPrefix(String prefix) {
      protocol.pathPrefix(prefix);
      return this;
    }

    /** See {@link FlowHandler.Builder#maxBodyBytes}. */
    public Builder maxBodyBytes(long maxBodyBytes) {
      protocol.maxBodyBytes(maxBodyBytes);
      return this;
    }

    /** See {@link FlowHandler.Builder#contextProvider(ContextProvider)}. */
    public Builder contextProvider(ContextProvider provider) {
      protocol.contextProvider(provider);
      return this;
    }

    /** See {@link FlowHandler.Builder#contextProvider(String, ContextProvider)}. */
    public Builder contextProvider(String flowName, ContextProvider provider) {
      protocol.contextProvider(flowName, provider);
      return this;
    }

    /** See {@link FlowHandler.Builder#corsOrigins}. */
    public Builder corsOrigins(String... origins) {
      protocol.corsOrigins(origins);
      return this;
    }

    /** See {@link FlowHandler.Builder#validator}. */
    public Builder validator(InputValidator validator) {
      protocol.validator(validator);
      return this;
    }

    /** See {@link FlowHandler.Builder#objectMapper}. */
    public Builder objectMapper(ObjectMapper mapper) {
      protocol.objectMapper(mapper);
      return this;
    }

    /** Binds the socket and starts serving. */
    public FlowServer start() {
      FlowHandler handler = protocol.build();
      HttpEngine engine = (this.engine == null ? Engine.preferred() : this.engine).create(readTimeout, maxHeaderBytes);
      InetSocketAddress address = host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
      try {
        int bound = engine.start(address, handler::handle);
        return new FlowServer(engine, handler, host, bound, shutdownGrace);
      } catch (IOException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
          cause = cause.getCause(); // Jetty wraps the system's reason ("Address already in use")
        }
        throw new UncheckedIOException(
            "Could not listen on " + address.getHostString() + ":" + port + ": " + cause.getMessage(), e);
      }
    }

    private static int defaultPort() {
      String fromEnvironment = System.getenv("PORT");
      if (fromEnvironment == null || fromEnvironment.isBlank()) {
        return 3400;
      }
      try {
        return Integer.parseInt(fromEnvironment.strip());
      } catch (NumberFormatException e) {
        throw new IllegalStateException("$PORT is not a port number: " + fromEnvironment, e);
      }
    }
  }
}
