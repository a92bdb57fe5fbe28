package dev.flowdef.runtime.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdef.runtime.FlowStatus;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Jetty 12's core API (no Servlet) as the embedded engine, when the application has it: it served more requests than
 * the JDK's own server, with a shorter tail, side by side on one machine (README, "HTTP engine"). Only this class and
 * its nested ones touch Jetty, and nothing loads this class unless Jetty 12 is on the class path ({@link
 * FlowServer.Engine}): linking it would load Jetty's classes.
 */
final class JettyHttpEngine implements HttpEngine {
  /** Connections the kernel may queue before they are accepted, as for the JDK's engine. */
  private static final int BACKLOG = 1024;
  /**
   * Flows block (on models, on I/O, while streaming), so the pool is as good as unbounded, as the JDK engine's
   * cached pool; idle threads go after 5 s, so a burst leaves no crowd behind.
   */
  private static final int MAX_THREADS = 10_000;
  private static final int MIN_THREADS = 8;
  private static final int IDLE_THREAD_MILLIS = 5_000;
  /** How long a stop waits for exchanges to end, as the JDK engine's: the protocol has ended the calls by then. */
  private static final int STOP_MILLIS = 1_000;
  /** Frames are written to the socket when a stream is flushed, not one write per frame. */
  private static final int STREAM_BUFFER_BYTES = 8192;

  /**
   * Jetty sizes its queues' padding from this; unset, it asks the platform MBean server whether references are
   * compressed, which starts JMX: 130 ms of a cold JVM's start on JDK 17 (868 → 736 ms to the first response).
   */
  private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

  private final Duration readTimeout;
  private final int maxHeaderBytes;
  private Server server;
  private GracefulHandler graceful;

  JettyHttpEngine(Duration readTimeout, int maxHeaderBytes) {
    this.readTimeout = readTimeout;
    this.maxHeaderBytes = maxHeaderBytes;
    skipJmxProbe();
  }

  /** 64-byte cache lines of compressed references (4 bytes), as on any heap under 32 GiB unless switched off. */
  private static void skipJmxProbe() {
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
      boolean compressed = Runtime.getRuntime().maxMemory() < (32L << 30);
      System.setProperty(REFERENCES_PER_CACHE_LINE, String.valueOf(compressed ? 16 : 8));
    }
  }

  @Override
  public int start(InetSocketAddress address, Consumer<Exchange> handler) throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, IDLE_THREAD_MILLIS);
    threads.setName("flowdef-http");
    threads.setMaxEvictCount(MAX_THREADS); // Jetty's default retires one idle thread per idle timeout
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(maxHeaderBytes);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    // Any address (no host given) binds every interface, IPv6 included, as the JDK's server does.
    connector.setHost(address.getAddress().isAnyLocalAddress() ? null : address.getHostString());
    connector.setPort(address.getPort());
    connector.setAcceptQueueSize(BACKLOG);
    connector.setIdleTimeout(readTimeout.toMillis()); // a connection that sends nothing for that long is closed
    server.addConnector(connector);
    graceful = new GracefulHandler();
    graceful.setHandler(new FlowsOnJetty(handler, readTimeout.toNanos()));
    server.setHandler(graceful);
    server.setErrorHandler(new JsonErrors());
    try {
      server.start();
    } catch (IOException | RuntimeException e) {
      stop();
      throw e;
    } catch (Exception e) {
      stop();
      throw new IOException(e.getMessage(), e);
    }
    return connector.getLocalPort();
  }

  /** Lets the exchanges left send their last bytes (at most a second), then closes every connection. */
  @Override
  public void stop() {
    try {
      graceful.shutdown().get(STOP_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // closed below all the same
    }
    try {
      server.stop();
    } catch (Exception e) {
      System.getLogger(JettyHttpEngine.class.getName())
          .log(System.Logger.Level.WARNING, "Jetty did not stop cleanly", e);
    }
  }

  /**
   * Jetty's own refusals, before a request reaches the protocol (headers too large, an ambiguous path such as
   * {@code %2F}, a malformed request line), as the protocol's JSON errors rather than Jetty's HTML pages.
   */
  private static final class JsonErrors implements Request.Handler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      int code = response.getStatus() >= 400 ? response.getStatus() : 500;
      FlowStatus status = code >= 500 ? (code == 503 ? FlowStatus.UNAVAILABLE : FlowStatus.INTERNAL)
          : code == 404 ? FlowStatus.NOT_FOUND : FlowStatus.INVALID_ARGUMENT;
      Object reason = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
      String message = reason == null ? HttpStatus.getMessage(code) : reason.toString();
      byte[] body = Plain.ENVELOPES.error(status, message, null, false);
      response.setStatus(code);
      response.getHeaders().put("Content-Type", "application/json");
      response.write(true, ByteBuffer.wrap(body), callback);
      return true;
    }

    /** The protocol's envelopes on a plain mapper, made at the first refusal rather than at every start. */
    private static final class Plain {
      static final Envelopes ENVELOPES = new Envelopes(new ObjectMapper());
    }
  }

  /** Hands every request to the flow protocol, on a pool thread: the protocol blocks. */
  private static final class FlowsOnJetty extends Handler.Abstract {
    private final Consumer<Exchange> handler;
    private final long readTimeoutNanos;

    FlowsOnJetty(Consumer<Exchange> handler, long readTimeoutNanos) {
      this.handler = handler;
      this.readTimeoutNanos = readTimeoutNanos;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      JettyExchange exchange = new JettyExchange(request, response, callback, readTimeoutNanos);
      try {
        handler.accept(exchange);
      } finally {
        exchange.complete();
      }
      return true;
    }
  }

  /** An {@link Exchange} over a Jetty core request and response; it completes Jetty's callback exactly once. */
  private static final class JettyExchange implements Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long readTimeoutNanos;
    private Scheduler.Task readDeadline;
    private OutputStream stream;
    private boolean responded;

    JettyExchange(Request request, Response response, Callback callback, long readTimeoutNanos) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.readTimeoutNanos = readTimeoutNanos;
    }

    @Override
    public String method() {
      return request.getMethod();
    }

    @Override
    public String path() {
      return request.getHttpURI().getPath();
    }

    @Override
    public String query() {
      return request.getHttpURI().getQuery();
    }

    @Override
    public String header(String name) {
      return request.getHeaders().get(name);
    }

    @Override
    public Map<String, String> headers() {
      Map<String, String> headers = new LinkedHashMap<>();
      for (HttpField field : request.getHeaders()) {
        headers.merge(field.getName().toLowerCase(Locale.ROOT), field.getValue(), (first, next) -> first + " " + next);
      }
      return headers;
    }

    @Override
    public long contentLength() {
      return request.getLength();
    }

    /**
     * The body, which must arrive within the read timeout of the request's first byte: a client sending it a byte at
     * a time loses its connection then, which frees the thread reading it.
     */
    @Override
    public InputStream requestBody() throws IOException {
      long left = request.getBeginNanoTime() + readTimeoutNanos - System.nanoTime();
      if (left <= 0) {
        cutOff();
        throw new IOException("The request took longer than the read timeout");
      }
      readDeadline = request.getComponents().getScheduler().schedule(this::cutOff, left, TimeUnit.NANOSECONDS);
      return new FilterInputStream(Content.Source.asInputStream(request)) {
        @Override
        public int read() throws IOException {
          return ended(super.read());
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
          return ended(super.read(bytes, offset, length));
        }

        @Override
        public void close() throws IOException {
          cancelReadDeadline();
          super.close();
        }
      };
    }

    private int ended(int read) {
      if (read < 0) {
        cancelReadDeadline();
      }
      return read;
    }

    private void cutOff() {
      request.getConnectionMetaData().getConnection().getEndPoint().close();
    }

    private void cancelReadDeadline() {
      if (readDeadline != null) {
        readDeadline.cancel();
        readDeadline = null;
      }
    }

    @Override
    public void setHeader(String name, String value) {
      response.getHeaders().put(name, value);
    }

    /** Writes the whole response without waiting for the socket: Jetty completes the exchange once it is sent. */
    @Override
    public void respond(int status, byte[] body) {
      response.setStatus(status);
      responded = true;
      response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public OutputStream startStream(int status) throws IOException {
      response.setStatus(status);
      stream = new BufferedOutputStream(Content.Sink.asOutputStream(response), STREAM_BUFFER_BYTES);
      stream.flush(); // sends the headers now: the client should not wait for the first frame to see the stream
      return stream;
    }

    /** After the protocol returns: ends a stream, and completes an exchange the protocol left without an answer. */
    void complete() {
      cancelReadDeadline();
      if (responded) {
        return;
      }
      if (stream == null) {
        callback.failed(new IOException("No response was written")); // the client went away before one could be
        return;
      }
      try {
        stream.close(); // the last chunk
        callback.succeeded();
      } catch (IOException e) {
        callback.failed(e);
      }
    }
  }
}
