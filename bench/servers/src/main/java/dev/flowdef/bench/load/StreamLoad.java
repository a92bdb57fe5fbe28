package dev.flowdef.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Load for the streaming flow, which wrk cannot time per frame: one stream after another on one connection (time
 * to first chunk, total time, chunks/s), or many connections streaming at once (streams/s). Bounded by duration.
 */
public final class StreamLoad {
  private final String host;
  private final int port;
  private final String path;

  public StreamLoad(String host, int port, String path) {
    this.host = host;
    this.port = port;
    this.path = path;
  }

  /** One stream at a time: medians of time to first chunk and total time, and chunks per second overall. */
  public record Sequential(double firstChunkMillis, double totalMillis, double chunksPerSecond, int streams) {}

  /**
   * {@code concurrency} streams at a time: streams completed per second, and the streams that failed (an error
   * status, a short stream, a connection lost), with the first failure's message.
   */
  public record Concurrent(double streamsPerSecond, int streams, int failed, String firstFailure) {
    /** The failures as wrk reports its errors: empty when there were none. */
    public String errors() {
      return failed == 0 ? "" : failed + " failed streams, first: " + firstFailure;
    }
  }

  public Sequential sequential(int chunks, double seconds) throws IOException {
    List<StreamConnection.Timing> timings = new ArrayList<>();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    try (StreamConnection connection = new StreamConnection(host, port)) {
      while (System.nanoTime() < deadline) {
        timings.add(checked(connection.call(path, chunks), chunks));
      }
    }
    long elapsed = System.nanoTime() - start;
    long[] first = timings.stream().mapToLong(StreamConnection.Timing::firstFrameNanos).sorted().toArray();
    long[] total = timings.stream().mapToLong(StreamConnection.Timing::totalNanos).sorted().toArray();
    return new Sequential(
        median(first) / 1e6, median(total) / 1e6, (double) chunks * timings.size() / (elapsed / 1e9), timings.size());
  }

  /**
   * A stream that fails is counted and the load goes on, on a new connection, as wrk goes on past an error status:
   * one refused stream under load is a figure to report, not a reason to lose the run. A server that refuses
   * connections still ends it.
   */
  public Concurrent concurrent(int chunks, int concurrency, double seconds) throws Exception {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    ExecutorService threads = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int i = 0; i < concurrency; i++) {
        workers.add(threads.submit(() -> {
          int done = 0;
          StreamConnection connection = new StreamConnection(host, port);
          try {
            while (System.nanoTime() < deadline) {
              try {
                checked(connection.call(path, chunks), chunks);
                done++;
              } catch (IOException e) {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, e.getMessage());
                connection.close(); // what is left of the failed response must not be read as the next one's
                connection = new StreamConnection(host, port);
              }
            }
          } finally {
            connection.close();
          }
          return done;
        }));
      }
      int streams = 0;
      for (Future<Integer> worker : workers) {
        streams += worker.get();
      }
      return new Concurrent(streams / ((System.nanoTime() - start) / 1e9), streams, failed.get(), firstFailure.get());
    } finally {
      threads.shutdownNow();
    }
  }

  private static StreamConnection.Timing checked(StreamConnection.Timing timing, int chunks) throws IOException {
    if (timing.frames() != chunks + 1 || !timing.endedWithResult()) {
      throw new IOException("Expected " + chunks + " chunks and a result, got " + timing);
    }
    return timing;
  }

  private static double median(long[] sorted) {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
  }

  /** For a quick look by hand: {@code StreamLoad <port> <chunks> [concurrency]}. */
  public static void main(String[] args) throws Exception {
    StreamLoad load = new StreamLoad("127.0.0.1", Integer.parseInt(args[0]), "/streamChunks");
    int chunks = Integer.parseInt(args[1]);
    System.out.println(args.length > 2
        ? load.concurrent(chunks, Integer.parseInt(args[2]), 5)
        : load.sequential(chunks, 5));
  }
}
