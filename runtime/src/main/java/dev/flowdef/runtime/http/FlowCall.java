package dev.flowdef.runtime.http;

import dev.flowdef.runtime.Cancellation;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One request that reached its flow: runs it, then answers {@code {"result": ...}} or the JSON error, or streams
 * {@code {"message": ...}} frames and exactly one terminal frame. A client that goes away mid-stream cancels the
 * call, which also interrupts the thread running the flow; nothing is written after that.
 *
 * <p>A chunk is flushed as it is sent, unless the previous flush was less than {@link #BURST_NANOS} ago: then it is
 * flushed with the chunks that follow it, at most that long later, so a flow that sends a burst (a model's buffered
 * tokens, a loop) costs one write per burst rather than one per chunk, while a chunk sent alone waits for nothing.
 * The first chunk and the terminal frame are always flushed at once.
 */
final class FlowCall {
  static final long BURST_NANOS = 1_000_000;
  private static final System.Logger LOG = System.getLogger(FlowCall.class.getName());
  private static final String CONTENT_TYPE = "Content-Type";
  private static final byte[] UNWRITABLE_OUTPUT = new byte[0];

  private final FlowEndpoint endpoint;
  private final Exchange exchange;
  private final Envelopes envelopes;
  /** The flow span's trace id once it starts, for the log; none when the flow never started. */
  private volatile String traceId = "none";
  private final Cancellation cancellation = new Cancellation();
  // Guards the response stream and the flow thread, so a cancellation never interrupts a write in progress.
  private final Object lock = new Object();
  private Thread flowThread;
  private OutputStream stream;
  private boolean ended;
  private boolean chunkFlushed;
  private long lastFlush;
  private boolean flushPutOff;
  private volatile boolean shuttingDown;

  FlowCall(FlowEndpoint endpoint, Exchange exchange, Envelopes envelopes) {
    this.endpoint = endpoint;
    this.exchange = exchange;
    this.envelopes = envelopes;
  }

  void run(Object input, Map<String, Object> requestContext, boolean streaming) throws IOException {
    synchronized (lock) {
      flowThread = Thread.currentThread();
    }
    cancellation.onCancel(this::interruptFlowThread);
    Object output = null;
    Throwable failure = null;
    try {
      output = await(endpoint.flow().invoke(input, requestContext, streaming ? this::sendChunk : null, cancellation,
          (trace, span) -> start(trace, span, streaming)));
    } catch (ExecutionException | CompletionException e) {
      failure = e.getCause();
    } finally {
      synchronized (lock) {
        flowThread = null;
      }
      Thread.interrupted(); // a cancellation's interrupt must not reach the engine's next use of this thread
    }
    if (stream != null) {
      endStream(output, failure);
    } else {
      respond(output, failure); // not streaming, or the call ended before its stream could start
    }
  }

  /** Sends the headers, with the ids of the flow's span, before the flow runs; a stream's status line goes too. */
  private void start(String trace, String span, boolean streaming) {
    traceId = trace;
    exchange.setHeader("x-genkit-trace-id", trace);
    exchange.setHeader("x-genkit-span-id", span);
    if (streaming) {
      exchange.setHeader(CONTENT_TYPE, "text/event-stream");
      exchange.setHeader("Cache-Control", "no-cache");
      exchange.setHeader("X-Accel-Buffering", "no");
      try {
        OutputStream started = exchange.startStream(200);
        synchronized (lock) {
          stream = started;
        }
      } catch (IOException e) {
        throw new FlowException(FlowStatus.CANCELLED, "The client went away", null, e);
      }
    }
  }

  /** Ends the call early because the server is stopping: a stream gets an {@code UNAVAILABLE} terminal frame. */
  void shutDown() {
    shuttingDown = true;
    cancellation.cancel();
  }

  private Object await(CompletableFuture<Object> output) throws ExecutionException {
    while (true) {
      try {
        return output.get();
      } catch (InterruptedException e) {
        cancellation.cancel(); // interrupted by a cancellation (or the engine): the output fails at once
      }
    }
  }

  private void sendChunk(Object chunk) {
    byte[] frame;
    try {
      frame = envelopes.wrap("message", endpoint.chunk(), chunk, true);
    } catch (IOException e) {
      throw new IllegalStateException("A chunk of flow '" + endpoint.flow().name() + "' cannot be written as JSON", e);
    }
    synchronized (lock) {
      if (ended) {
        return;
      }
      if (cancellation.isCancelled()) {
        // Cancelled since the flow sent it, so this thread may carry the interrupt, which would close the socket.
        throw new FlowException(FlowStatus.CANCELLED, "Flow '" + endpoint.flow().name() + "' was cancelled");
      }
      try {
        stream.write(frame);
        long now = System.nanoTime();
        if (!chunkFlushed || now - lastFlush >= BURST_NANOS) {
          flush(now);
        } else if (!flushPutOff) {
          flushPutOff = true;
          LateFlushes.after(BURST_NANOS, this::lateFlush);
        }
        return;
      } catch (IOException e) {
        ended = true; // the client went away: write nothing more, and stop the flow
      }
    }
    cancellation.cancel();
    throw new FlowException(FlowStatus.CANCELLED, "The client went away");
  }

  /** Flushes under the lock, remembering when. */
  private void flush(long now) throws IOException {
    stream.flush();
    chunkFlushed = true;
    lastFlush = now;
    flushPutOff = false;
  }

  /** The flush a burst put off, unless the stream was flushed or ended since. */
  private void lateFlush() {
    synchronized (lock) {
      if (ended || !flushPutOff) {
        return;
      }
      try {
        flush(System.nanoTime());
        return;
      } catch (IOException e) {
        ended = true;
      }
    }
    cancellation.cancel(); // the client went away: the flow sees it at its next chunk, or through its context
  }

  private void endStream(Object output, Throwable failure) {
    byte[] frame = failure == null ? result(output, true) : error(failure, true);
    synchronized (lock) {
      if (ended) {
        return;
      }
      ended = true;
      try {
        stream.write(frame);
        stream.flush();
      } catch (IOException e) {
        LOG.log(Level.DEBUG, "Client of flow ''{0}'' went away before the end of its stream", endpoint.flow().name());
      }
    }
  }

  private void respond(Object output, Throwable failure) throws IOException {
    FlowStatus status = failure == null ? FlowStatus.OK : statusOf(failure);
    byte[] body = failure == null ? result(output, false) : error(failure, false);
    if (body == UNWRITABLE_OUTPUT) {
      status = FlowStatus.INTERNAL;
      body = envelopes.error(status, "Internal Error", null, false);
    }
    exchange.setHeader(CONTENT_TYPE, "application/json");
    exchange.respond(status.httpStatus(), body);
  }

  /** The result object; when Jackson cannot write the output, an error frame or {@link #UNWRITABLE_OUTPUT} (logged). */
  private byte[] result(Object output, boolean asFrame) {
    try {
      return envelopes.wrap("result", endpoint.output(), output, asFrame);
    } catch (IOException e) {
      LOG.log(Level.ERROR, () -> "The output of flow '" + endpoint.flow().name() + "' cannot be written as JSON"
          + " (trace " + traceId + ")", e);
      return asFrame ? envelopes.error(FlowStatus.INTERNAL, "Internal Error", null, true) : UNWRITABLE_OUTPUT;
    }
  }

  private byte[] error(Throwable failure, boolean asFrame) {
    FlowStatus status = statusOf(failure);
    if (failure instanceof FlowException flowFailure && status == flowFailure.status()) {
      return envelopes.error(status, flowFailure.getMessage(), flowFailure.details(), asFrame);
    }
    if (status == FlowStatus.UNAVAILABLE) {
      return envelopes.error(status, "The server is shutting down", null, asFrame);
    }
    LOG.log(Level.ERROR, () -> "Flow '" + endpoint.flow().name() + "' failed (trace " + traceId + ")", failure);
    return envelopes.error(FlowStatus.INTERNAL, "Internal Error", null, asFrame);
  }

  private FlowStatus statusOf(Throwable failure) {
    if (!(failure instanceof FlowException flowFailure)) {
      return FlowStatus.INTERNAL;
    }
    return flowFailure.status() == FlowStatus.CANCELLED && shuttingDown ? FlowStatus.UNAVAILABLE : flowFailure.status();
  }

  private void interruptFlowThread() {
    synchronized (lock) {
      if (flowThread != null) {
        flowThread.interrupt();
      }
    }
  }
}
