package dev.flowdef.runtime.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * Writes a stream's frames to the client without holding any back and without making the flow wait for the socket.
 * A frame sent while no write is in progress goes out at once, on a writer thread; frames sent while a write is in
 * the socket are queued and leave together, in the next write, as soon as it ends. A flow that streams a burst (a
 * model's buffered tokens, a loop) thus costs a few writes rather than one per chunk, and a chunk sent alone still
 * leaves the moment it is sent. A flow that sends faster than its client reads waits once {@link #MAX_QUEUED} bytes
 * are queued. The terminal frame ({@link #end}) goes after every frame sent before it, and nothing goes after it.
 */
final class FrameWriter {
  static final int MAX_QUEUED = 64 * 1024;

  private final OutputStream out;
  private final Executor writers;
  private final Object lock = new Object();
  private byte[] queued = new byte[512];
  private int size;
  private boolean writing;
  private boolean ended;
  private IOException failure;

  FrameWriter(OutputStream out, Executor writers) {
    this.out = out;
    this.writers = writers;
  }

  /**
   * Queues a frame, starting a write unless one is in progress; {@code false}, writing nothing, once the stream has
   * ended. Fails once a write has failed (the client went away), or when interrupted while the queue is full.
   */
  boolean send(byte[] frame) throws IOException {
    synchronized (lock) {
      while (size >= MAX_QUEUED && failure == null && !ended) {
        await();
      }
      if (failure != null) {
        throw failure;
      }
      if (ended) {
        return false;
      }
      queue(frame);
      return true;
    }
  }

  /**
   * Queues the terminal frame, after which nothing is written, and waits until it and every frame before it are
   * written and flushed: the engine ends the response once the call returns. Fails if a write failed.
   */
  void end(byte[] last) throws IOException {
    synchronized (lock) {
      if (ended) {
        return;
      }
      ended = true;
      if (failure == null) {
        queue(last);
      }
      while (writing && failure == null) {
        await();
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  private void queue(byte[] frame) {
    append(frame);
    if (!writing) {
      writing = true;
      writers.execute(this::writeQueued);
    }
  }

  /** The writer thread's loop: writes whatever is queued, until nothing is. */
  private void writeQueued() {
    while (true) {
      byte[] batch;
      synchronized (lock) {
        if (size == 0) {
          writing = false;
          lock.notifyAll();
          return;
        }
        batch = Arrays.copyOf(queued, size);
        size = 0;
        lock.notifyAll(); // room again for a flow waiting on a full queue
      }
      try {
        out.write(batch);
        out.flush();
      } catch (IOException | RuntimeException e) {
        synchronized (lock) {
          failure = e instanceof IOException io ? io : new IOException(e);
          writing = false;
          size = 0;
          lock.notifyAll();
        }
        return;
      }
    }
  }

  private void append(byte[] frame) {
    if (size + frame.length > queued.length) {
      queued = Arrays.copyOf(queued, Math.max(queued.length * 2, size + frame.length));
    }
    System.arraycopy(frame, 0, queued, size, frame.length);
    size += frame.length;
  }

  private void await() throws InterruptedIOException {
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the client to read");
    }
  }
}
