package dev.flowdef.runtime.http;

import dev.flowdef.runtime.Cancellation;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowStatus;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One request that reached its flow: runs it, then answers {@code {"result": ...}} or the JSON error, or streams
 * {@code {"message": ...}} frames and exactly one terminal frame. A client that goes away mid-stream cancels the
 * call, which also interrupts the thread running the flow; nothing is written after that. A call cancelled with a
 * reason (its deadline, the server stopping) is answered with that error within half a second, even when its flow
 * ignores the interrupt and never returns. A stream's frames go out through a {@link FrameWriter}: at once, and a
 * burst in one write.
 */
final class FlowCall {
  private static final System.Logger LOG = System.getLogger(FlowCall.class.getName());
  private static final String CONTENT_TYPE = "Content-Type";
  private static final byte[] UNWRITABLE_OUTPUT = new byte[0];
  /** How long a cancelled flow may take to return before its caller is answered without it. */
  private static final long ANSWER_GRACE_MILLIS = 500;

  private final FlowEndpoint endpoint;
  private final Exchange exchange;
  private final Envelopes envelopes;
  /** The flow span's trace id once it starts, for the log; none when the flow never started. */
  private volatile String traceId = "none";
  private final Cancellation cancellation = new Cancellation();
  /** The id of the thread that runs this call, which picks its stripe among the handler's calls in progress. */
  final long threadId = Thread.currentThread().getId();
  /** This call's neighbours among the handler's calls in progress, guarded by their {@link CallsInProgress} stripe. */
  FlowCall previousInProgress;
  FlowCall nextInProgress;
  // Guards the response and the flow thread, so a cancellation never interrupts a write in progress, and exactly
  // one answer is written, by the request's thread or, for a flow that does not return, by a late answer.
  private final Object lock = new Object();
  private Thread flowThread;
  private OutputStream stream;
  private FrameWriter frames;
  private boolean ended;

  FlowCall(FlowEndpoint endpoint, Exchange exchange, Envelopes envelopes) {
    this.endpoint = endpoint;
    this.exchange = exchange;
    this.envelopes = envelopes;
  }

  void run(Object input, Map<String, Object> requestContext, boolean streaming) throws IOException {
    synchronized (lock) {
      flowThread = Thread.currentThread();
    }
    // Off this thread: the cancelling one (a timer, the stopping server) must never wait for a write in progress.
    cancellation.onCancel(() -> ServerThreads.ANSWERS.execute(this::cancelled));
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
    finish(output, failure, false);
  }

  /** Sends the headers, with the ids of the flow's span, before the flow runs; a stream's status line goes too. */
  private void start(String trace, String span, boolean streaming) {
    traceId = trace;
    synchronized (lock) {
      exchange.setHeader("x-genkit-trace-id", trace);
      exchange.setHeader("x-genkit-span-id", span);
      if (!streaming) {
        return;
      }
      exchange.setHeader(CONTENT_TYPE, "text/event-stream");
      exchange.setHeader("Cache-Control", "no-cache");
      exchange.setHeader("X-Accel-Buffering", "no");
      try {
        stream = exchange.startStream(200);
        frames = new FrameWriter(stream, ServerThreads.WRITERS);
      } catch (IOException e) {
        throw new FlowException(FlowStatus.CANCELLED, "The client went away", null, e);
      }
    }
  }

  /** Ends the call early because the server is stopping: it is answered {@code UNAVAILABLE}. */
  void shutDown() {
    cancellation.cancel(new FlowException(FlowStatus.UNAVAILABLE, "The server is shutting down"));
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

  /**
   * Stops the flow's thread; when the call was cancelled with a reason (not because its client left), makes sure
   * the caller hears it, even from a flow that ignores the interrupt.
   */
  private void cancelled() {
    synchronized (lock) {
      if (flowThread != null) {
        flowThread.interrupt();
      }
    }
    FlowException reason = cancellation.reason();
    if (reason != null) {
      ServerThreads.TIMER.schedule(
          () -> ServerThreads.ANSWERS.execute(() -> finish(null, reason, true)),
          ANSWER_GRACE_MILLIS, TimeUnit.MILLISECONDS);
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
        throw new FlowException(FlowStatus.CANCELLED, "Flow '" + endpoint.flow().name() + "' was cancelled");
      }
    }
    try {
      frames.send(frame); // outside the lock: a flow waiting for a slow client can still be interrupted
      return;
    } catch (InterruptedIOException e) {
      throw new FlowException(FlowStatus.CANCELLED, "Flow '" + endpoint.flow().name() + "' was cancelled");
    } catch (IOException e) {
      synchronized (lock) {
        ended = true; // the client went away: write nothing more, and stop the flow
      }
    }
    cancellation.cancel();
    throw new FlowException(FlowStatus.CANCELLED, "The client went away");
  }

  /**
   * Writes the one answer of the call: the terminal frame of a stream, else the whole response. {@code late} when
   * the flow has not returned, so the engine will not end the response: this ends it.
   */
  private void finish(Object output, Throwable failure, boolean late) {
    synchronized (lock) {
      if (ended) {
        return;
      }
      ended = true;
      try {
        if (stream != null) {
          frames.end(failure == null ? result(output, true) : error(failure, true));
          if (late) {
            stream.close();
          }
        } else {
          if (late) {
            // The flow still holds the request's thread, and a container serves a connection's next request only
            // once the last one's thread is done: the client must not wait on this connection.
            exchange.setHeader("Connection", "close");
          }
          respond(output, failure);
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.DEBUG, () -> "Could not answer the client of flow '" + endpoint.flow().name() + "'", e);
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

  /**
   * The result object; when the output is a {@code null} the flow's schema does not allow, or Jackson cannot write
   * it, an error frame or {@link #UNWRITABLE_OUTPUT} (logged).
   */
  private byte[] result(Object output, boolean asFrame) {
    try {
      if (output != null || endpoint.nullOutputAllowed()) {
        return envelopes.wrap("result", endpoint.output(), output, asFrame);
      }
      LOG.log(Level.ERROR, () -> "Flow '" + endpoint.flow().name() + "' returned null, which its output schema does"
          + " not allow (trace " + traceId + ")");
    } catch (IOException e) {
      LOG.log(Level.ERROR, () -> "The output of flow '" + endpoint.flow().name() + "' cannot be written as JSON"
          + " (trace " + traceId + ")", e);
    }
    return asFrame ? envelopes.error(FlowStatus.INTERNAL, "Internal Error", null, true) : UNWRITABLE_OUTPUT;
  }

  private byte[] error(Throwable failure, boolean asFrame) {
    FlowStatus status = statusOf(failure);
    if (failure instanceof FlowException flowFailure) {
      return envelopes.error(status, flowFailure.getMessage(), flowFailure.details(), asFrame);
    }
    LOG.log(Level.ERROR, () -> "Flow '" + endpoint.flow().name() + "' failed (trace " + traceId + ")", failure);
    return envelopes.error(FlowStatus.INTERNAL, "Internal Error", null, asFrame);
  }

  private static FlowStatus statusOf(Throwable failure) {
    return failure instanceof FlowException flowFailure ? flowFailure.status() : FlowStatus.INTERNAL;
  }
}
