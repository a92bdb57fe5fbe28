package dev.flowdef.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class FlowStreamTest {
  private static final FlowDescriptor<Integer, String, Integer> COUNTDOWN =
      new FlowDescriptor<>("countdown", "Counts down.", Integer.class, String.class, Integer.class);

  private static final Flow<Integer, String, Integer> COUNTDOWN_FLOW =
      Flow.of(COUNTDOWN, (n, ctx) -> {
        for (int i = n; i > 0; i--) {
          ctx.sendChunk(i);
        }
        return CompletableFuture.completedFuture("liftoff");
      });

  @Test
  void streamsChunksInOrderThenTheOutput() {
    List<Integer> chunks = new ArrayList<>();
    try (FlowStream<Integer, String> stream = COUNTDOWN_FLOW.stream(500)) {
      stream.forEach(chunks::add);
      assertEquals("liftoff", stream.awaitOutput());
    }

    assertEquals(500, chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      assertEquals(500 - i, chunks.get(i));
    }
  }

  @Test
  void aStreamIsIteratedOnce() {
    try (FlowStream<Integer, String> stream = COUNTDOWN_FLOW.stream(1)) {
      stream.iterator();
      assertThrows(IllegalStateException.class, stream::iterator);
    }
  }

  @Test
  void iterationEndsWithTheFlowsFailureAfterTheChunksSentBeforeIt() {
    Flow<Integer, String, Integer> failing =
        Flow.of(COUNTDOWN, (n, ctx) -> {
          ctx.sendChunk(1);
          ctx.sendChunk(2);
          throw new FlowException(FlowStatus.UNAVAILABLE, "model overloaded");
        });
    List<Integer> chunks = new ArrayList<>();

    try (FlowStream<Integer, String> stream = failing.stream(0)) {
      FlowException thrown = assertThrows(FlowException.class, () -> stream.forEach(chunks::add));
      assertEquals(FlowStatus.UNAVAILABLE, thrown.status());
      ExecutionException output = assertThrows(ExecutionException.class, () -> stream.output().get());
      assertTrue(output.getCause() instanceof FlowException);
    }
    assertEquals(List.of(1, 2), chunks);
  }

  @Test
  void theFlowObservesCancellationAndItsChunksStop() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch sawCancel = new CountDownLatch(1);
    AtomicReference<FlowStatus> sendAfterCancel = new AtomicReference<>();
    Flow<Integer, String, Integer> endless =
        Flow.of(COUNTDOWN, (n, ctx) -> {
          ctx.onCancel(sawCancel::countDown);
          started.countDown();
          while (!ctx.isCancelled()) {
            Thread.onSpinWait();
          }
          try {
            ctx.sendChunk(1);
          } catch (FlowException e) {
            sendAfterCancel.set(e.status());
          }
          return CompletableFuture.completedFuture("stopped");
        });

    FlowStream<Integer, String> stream = endless.stream(0);
    assertTrue(started.await(5, TimeUnit.SECONDS));
    stream.cancel();

    assertTrue(sawCancel.await(1, TimeUnit.SECONDS), "the flow saw the cancellation");
    FlowException thrown = assertThrows(FlowException.class, stream::awaitOutput);
    assertEquals(FlowStatus.CANCELLED, thrown.status());
    List<Integer> chunks = new ArrayList<>();
    stream.forEach(chunks::add);
    assertEquals(List.of(), chunks);
    waitFor(() -> sendAfterCancel.get() != null);
    assertEquals(FlowStatus.CANCELLED, sendAfterCancel.get());
  }

  @Test
  void closingAnUnfinishedStreamCancelsTheFlow() throws Exception {
    CountDownLatch cancelled = new CountDownLatch(1);
    CompletableFuture<String> never = new CompletableFuture<>();
    Flow<Integer, String, Integer> waiting =
        Flow.of(COUNTDOWN, (n, ctx) -> {
          ctx.onCancel(cancelled::countDown);
          ctx.sendChunk(7);
          return never;
        });

    try (FlowStream<Integer, String> stream = waiting.stream(0)) {
      assertEquals(7, stream.iterator().next());
    }

    assertTrue(cancelled.await(1, TimeUnit.SECONDS));
  }

  @Test
  void chunksSentAfterTheFlowReturnedAreIgnored() throws Exception {
    AtomicReference<FlowContext<Integer>> leaked = new AtomicReference<>();
    Flow<Integer, String, Integer> leaking =
        Flow.of(COUNTDOWN, (n, ctx) -> {
          leaked.set(ctx);
          ctx.sendChunk(1);
          return CompletableFuture.completedFuture("done");
        });
    List<Integer> chunks = new ArrayList<>();

    try (FlowStream<Integer, String> stream = leaking.stream(0)) {
      assertEquals("done", stream.output().get(5, TimeUnit.SECONDS));
      leaked.get().sendChunk(2);
      stream.forEach(chunks::add);
    }

    assertEquals(List.of(1), chunks);
  }

  @Test
  void theRequestContextReachesAStreamingFlow() {
    Flow<Integer, String, Integer> whoAmI =
        Flow.of(COUNTDOWN, (n, ctx) -> CompletableFuture.completedFuture(String.valueOf(ctx.requestContext())));

    try (FlowStream<Integer, String> stream = whoAmI.stream(0, java.util.Map.of("auth", "ada"))) {
      assertEquals("{auth=ada}", stream.awaitOutput());
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
  }
}
