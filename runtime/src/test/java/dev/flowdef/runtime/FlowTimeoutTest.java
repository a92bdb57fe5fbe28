package dev.flowdef.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A flow's timeout ends a call that runs longer with DEADLINE_EXCEEDED, and tells the flow to stop. */
@Timeout(10)
class FlowTimeoutTest {
  private static final FlowDescriptor<String, String, String> SLOW = new FlowDescriptor<>(
      "slow", "Never finishes by itself.", String.class, String.class, String.class, Duration.ofMillis(200));
  private static final FlowDescriptor<String, String, String> UNLIMITED =
      new FlowDescriptor<>("unlimited", "", String.class, String.class, String.class);

  /** Never completes its stage, but records what it sees of the cancellation. */
  private final CountDownLatch sawCancellation = new CountDownLatch(1);
  private final CompletableFuture<String> never = new CompletableFuture<>();

  private FlowInvoker<String, String, String> hanging() {
    return (input, ctx) -> {
      ctx.onCancel(sawCancellation::countDown);
      return never;
    };
  }

  @Test
  void aFlowRunningPastItsTimeoutFailsWithDeadlineExceededAndIsCancelled() throws Exception {
    Flow<String, String, String> slow = Flow.of(SLOW, hanging());

    FlowException thrown = assertThrows(FlowException.class, () -> slow.run("x"));

    assertEquals(FlowStatus.DEADLINE_EXCEEDED, thrown.status());
    assertEquals("Flow 'slow' did not finish within its timeout of 200ms", thrown.getMessage());
    assertTrue(sawCancellation.await(5, TimeUnit.SECONDS), "the flow was told to stop");
  }

  @Test
  void aStreamPastItsTimeoutEndsByThrowingDeadlineExceeded() {
    Flow<String, String, String> slow = Flow.of(SLOW, (input, ctx) -> {
      ctx.sendChunk("first");
      return never;
    });
    List<String> chunks = new ArrayList<>();

    try (FlowStream<String, String> stream = slow.stream("x")) {
      FlowException thrown = assertThrows(FlowException.class, () -> stream.forEach(chunks::add));
      assertEquals(FlowStatus.DEADLINE_EXCEEDED, thrown.status());
    }
    assertEquals(List.of("first"), chunks);
  }

  @Test
  void theFlowSeesTheDeadlineAsItsCancellationReason() throws Exception {
    CompletableFuture<FlowException> seen = new CompletableFuture<>();
    Flow<String, String, String> slow = Flow.of(SLOW, (input, ctx) -> CompletableFuture.supplyAsync(() -> {
      while (!ctx.isCancelled()) {
        Thread.onSpinWait();
      }
      try {
        ctx.sendChunk("too late");
      } catch (FlowException e) {
        seen.complete(e);
      }
      return "stopped";
    }));

    assertThrows(FlowException.class, () -> slow.run("x"));

    assertEquals(FlowStatus.DEADLINE_EXCEEDED, seen.get(5, TimeUnit.SECONDS).status());
  }

  @Test
  void aFlowBlockedOnTheCallersThreadIsInterruptedAtItsDeadlineAndTheInterruptDoesNotLeak() {
    Flow<String, String, String> sleeper = Flow.of(SLOW, (input, ctx) -> {
      Thread.sleep(60_000); // the test's time-out would end a flow that is not interrupted
      return CompletableFuture.completedFuture("woke up");
    });

    FlowException thrown = assertThrows(FlowException.class, () -> sleeper.run("x"));

    assertEquals(FlowStatus.DEADLINE_EXCEEDED, thrown.status());
    assertFalse(Thread.currentThread().isInterrupted(), "the flow's interrupt reached the caller");
  }

  @Test
  void aStreamedFlowBlockedPastItsDeadlineIsInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Flow<String, String, String> sleeper = Flow.of(SLOW, (input, ctx) -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return CompletableFuture.completedFuture("woke up");
    });

    try (FlowStream<String, String> stream = sleeper.stream("x")) {
      assertEquals(FlowStatus.DEADLINE_EXCEEDED, assertThrows(FlowException.class, stream::awaitOutput).status());
    }
    assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the flow's thread was not interrupted");
  }

  @Test
  void closingAStreamStaysCooperativeTheFlowIsNotInterrupted() throws Exception {
    CompletableFuture<Boolean> interruptedWhenCancelled = new CompletableFuture<>();
    Flow<String, String, String> polite = Flow.of(UNLIMITED, (input, ctx) -> {
      ctx.sendChunk("started");
      while (!ctx.isCancelled()) {
        Thread.onSpinWait();
      }
      interruptedWhenCancelled.complete(Thread.currentThread().isInterrupted());
      return CompletableFuture.completedFuture("stopped");
    });

    FlowStream<String, String> stream = polite.stream("x");
    assertEquals("started", stream.iterator().next());
    stream.close();

    assertFalse(interruptedWhenCancelled.get(5, TimeUnit.SECONDS));
  }

  @Test
  void aFlowThatFinishesInTimeIsUnaffected() {
    Flow<String, String, String> quick =
        Flow.of(SLOW, (input, ctx) -> CompletableFuture.completedFuture(input.toUpperCase()));

    assertEquals("X", quick.run("x"));
  }

  @Test
  void aDefaultTimeoutAppliesOnlyToFlowsWithoutTheirOwn() {
    Flow<String, String, String> unlimited = Flow.of(UNLIMITED, hanging());
    Flow<String, String, String> own = Flow.of(SLOW, hanging());

    assertNull(unlimited.timeout());
    assertEquals(Duration.ofMillis(50), unlimited.withDefaultTimeout(Duration.ofMillis(50)).timeout());
    assertSame(own, own.withDefaultTimeout(Duration.ofSeconds(60)), "the flow's own timeout wins");
    FlowException thrown = assertThrows(FlowException.class,
        () -> unlimited.withDefaultTimeout(Duration.ofMillis(50)).run("x"));
    assertEquals(FlowStatus.DEADLINE_EXCEEDED, thrown.status());
    assertEquals("Flow 'unlimited' did not finish within its timeout of 50ms", thrown.getMessage());
  }

  @Test
  void aCancellationWithAReasonFailsTheCallWithIt() {
    Cancellation cancellation = new Cancellation();
    FlowException reason = new FlowException(FlowStatus.UNAVAILABLE, "stopping");
    CompletableFuture<String> output =
        Flow.of(UNLIMITED, hanging()).invoke("x", Map.of(), null, cancellation);

    cancellation.cancel(reason);
    cancellation.cancel(); // only the first cancellation counts

    assertSame(reason, cancellation.reason());
    assertSame(reason, assertThrows(Exception.class, output::join).getCause());
  }

  @Test
  void aDescriptorRefusesATimeoutThatIsNotPositive() {
    assertThrows(IllegalArgumentException.class, () -> new FlowDescriptor<>(
        "bad", "", String.class, String.class, Void.class, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new FlowDescriptor<>(
        "bad", "", String.class, String.class, Void.class, Duration.ofSeconds(-1)));
  }
}
