package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStatus;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 1,000 streaming calls at once on one embedded server: each flow waits until all 1,000 are running, so they are
 * truly concurrent, then streams its chunks. Every client gets all of its own chunks, in order, then its result; and
 * afterwards the server holds no call, and the JVM's threads and heap are back to their baseline. The clients share
 * one non-blocking {@link HttpClient} on four threads, so the client side needs no thread per call.
 */
@Timeout(90)
class LoadTest {
  private static final int CLIENTS = 1000;
  private static final int CHUNKS = 20;
  private static final int THREAD_TOLERANCE = 15;
  private static final long HEAP_TOLERANCE = 32L << 20;

  record Job(int client) {}

  record Piece(int client, int i) {}

  record Finished(int client, int chunks) {}

  private static final FlowDescriptor<Job, Finished, Piece> CROWD =
      new FlowDescriptor<>("crowd", "Streams its pieces once every client is in.", Job.class, Finished.class,
          Piece.class);

  private final CountDownLatch everyoneIn = new CountDownLatch(CLIENTS);

  private FlowRegistry registry() {
    return FlowRegistry.builder().register(Flow.of(CROWD, (job, ctx) -> {
      if (job.client() >= 0) { // a warm-up call (-1) does not wait for the crowd
        everyoneIn.countDown();
        if (!everyoneIn.await(60, TimeUnit.SECONDS)) {
          throw new FlowException(FlowStatus.DEADLINE_EXCEEDED, "not every client got in");
        }
      }
      for (int i = 0; i < CHUNKS; i++) {
        ctx.sendChunk(new Piece(job.client(), i));
      }
      return CompletableFuture.completedFuture(new Finished(job.client(), CHUNKS));
    })).build();
  }

  @Test
  void aThousandConcurrentStreamsEachGetEveryChunkInOrderThenTheResultAndNothingLeaks() throws Exception {
    ExecutorService clientThreads = Executors.newFixedThreadPool(4);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads)
        .connectTimeout(Duration.ofSeconds(30)).build();
    try (FlowServer server = FlowServer.builder(registry()).host("127.0.0.1").port(0)
        .shutdownGrace(Duration.ZERO).start()) {
      for (int i = 0; i < 20; i++) {
        assertEquals(expected(-1), call(client, server, -1).join().body()); // warm up
      }
      int baselineThreads = threads();
      long baselineHeap = heapAfterGc();

      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        calls.add(call(client, server, c));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(75, TimeUnit.SECONDS);

      for (int c = 0; c < CLIENTS; c++) {
        HttpResponse<String> response = calls.get(c).join();
        assertEquals(200, response.statusCode());
        assertEquals(expected(c), response.body(), "client " + c);
      }
      calls.clear();
      assertTrue(eventually(() -> server.handler().callsInProgress() == 0), "calls still held by the server");
      assertTrue(eventually(() -> threads() <= baselineThreads + THREAD_TOLERANCE),
          "threads: " + threads() + ", baseline " + baselineThreads);
      long heap = heapAfterGc();
      assertTrue(heap <= baselineHeap + HEAP_TOLERANCE,
          "heap after the load: " + (heap >> 20) + " MiB, baseline " + (baselineHeap >> 20) + " MiB");
    } finally {
      clientThreads.shutdownNow();
    }
  }

  private static CompletableFuture<HttpResponse<String>> call(HttpClient client, FlowServer server, int id) {
    HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("crowd"))
        .timeout(Duration.ofSeconds(75))
        .header("Content-Type", "application/json")
        .header("Accept", "text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"client\":" + id + "}}"))
        .build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Every piece of this client's stream, in order, then its result, exactly. */
  private static String expected(int client) {
    StringBuilder frames = new StringBuilder();
    for (int i = 0; i < CHUNKS; i++) {
      frames.append("data: {\"message\":{\"client\":").append(client).append(",\"i\":").append(i).append("}}\n\n");
    }
    return frames.append("data: {\"result\":{\"client\":").append(client).append(",\"chunks\":").append(CHUNKS)
        .append("}}\n\n").toString();
  }

  private static int threads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  private static long heapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Polls {@code condition} for up to 20 s: thread pools let idle threads go after a few seconds. */
  private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(100);
    }
    return condition.getAsBoolean();
  }
}
