package dev.flowdef.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class FlowTest {
  private static final FlowDescriptor<String, String, Void> UPPER =
      new FlowDescriptor<>("upper", "Upper-cases text.", String.class, String.class, Void.class);

  private static Flow<String, String, Void> flow(FlowInvoker<String, String, Void> invoker) {
    return Flow.of(UPPER, invoker);
  }

  @Test
  void runReturnsTheOutputOfASynchronousFlow() {
    Flow<String, String, Void> upper = flow((input, ctx) -> CompletableFuture.completedFuture(input.toUpperCase()));

    assertEquals("BISTRO", upper.run("bistro"));
  }

  @Test
  void dispatchingBindsEachDescriptorToTheDispatchersCaseOfItsIndex() {
    FlowDescriptor<String, Integer, Void> length =
        new FlowDescriptor<>("length", "", String.class, Integer.class, Void.class);
    FlowDispatcher dispatcher = (index, input, context) -> switch (index) {
      case 0 -> ((String) input).toUpperCase();
      case 1 -> FlowDispatcher.pending(CompletableFuture.supplyAsync(() -> ((String) input).length()));
      default -> throw new IndexOutOfBoundsException(index);
    };

    List<Flow<?, ?, ?>> flows = Flow.dispatching(dispatcher, UPPER, length);

    assertEquals(List.of("upper", "length"), flows.stream().map(flow -> flow.descriptor().name()).toList());
    assertEquals("BISTRO", FlowRegistry.builder().register(() -> flows).build().flow(UPPER).run("bistro"));
    assertEquals(6, FlowRegistry.builder().register(() -> flows).build().flow(length).run("bistro"));
  }

  @Test
  void dispatchingTakesAStageAsAnOutputUnlessMarkedPending() {
    FlowDescriptor<String, Object, Void> anything =
        new FlowDescriptor<>("anything", "", String.class, Object.class, Void.class);
    CompletableFuture<String> stage = CompletableFuture.completedFuture("later");
    FlowDispatcher dispatcher = (index, input, context) -> index == 0 ? stage : FlowDispatcher.pending(stage);

    List<Flow<?, ?, ?>> flows = Flow.dispatching(dispatcher, anything, anything);

    assertSame(stage, typed(flows.get(0)).run("bistro"));
    assertEquals("later", typed(flows.get(1)).run("bistro"));
  }

  @Test
  void dispatchingReportsAPendingNullStageAsTheMethodsMistake() {
    Flow<?, ?, ?> flow = Flow.dispatching((index, input, context) -> FlowDispatcher.pending(null), UPPER).get(0);

    RuntimeException failure = assertThrows(RuntimeException.class, () -> typed(flow).run("bistro"));
    assertTrue(failure.getMessage().contains("'upper' returned a null CompletionStage"), failure.getMessage());
  }

  @SuppressWarnings("unchecked")
  private static Flow<String, Object, Void> typed(Flow<?, ?, ?> flow) {
    return (Flow<String, Object, Void>) flow;
  }

  @Test
  void runWaitsForACompletionStageCompletedOnAnotherThread() {
    Flow<String, String, Void> upper =
        flow((input, ctx) -> CompletableFuture.supplyAsync(() -> input.toUpperCase() + "!"));

    assertEquals("BISTRO!", upper.run("bistro"));
  }

  @Test
  void runRethrowsAFlowExceptionWithItsStatusAndDetails() {
    Flow<String, String, Void> denied =
        flow((input, ctx) -> {
          throw new FlowException(FlowStatus.PERMISSION_DENIED, "not for you", Map.of("need", "admin"));
        });

    FlowException thrown = assertThrows(FlowException.class, () -> denied.run("x"));

    assertEquals(FlowStatus.PERMISSION_DENIED, thrown.status());
    assertEquals("not for you", thrown.getMessage());
    assertEquals(Map.of("need", "admin"), thrown.details());
  }

  @Test
  void runRethrowsAnUncheckedFailureOfAnAsynchronousFlowUnwrapped() {
    IllegalStateException failure = new IllegalStateException("boom");
    Flow<String, String, Void> failing = flow((input, ctx) -> CompletableFuture.failedFuture(failure));

    assertSame(failure, assertThrows(IllegalStateException.class, () -> failing.run("x")));
  }

  @Test
  void runWrapsACheckedFailureAsInternal() {
    Flow<String, String, Void> failing =
        flow((input, ctx) -> {
          throw new IOException("disk");
        });

    FlowException thrown = assertThrows(FlowException.class, () -> failing.run("x"));

    assertEquals(FlowStatus.INTERNAL, thrown.status());
    assertTrue(thrown.getCause() instanceof IOException);
  }

  @Test
  void aNullStageIsAFailureNotAHang() {
    Flow<String, String, Void> broken = flow((input, ctx) -> null);

    assertThrows(IllegalStateException.class, () -> broken.run("x"));
  }

  @Test
  void theRequestContextReachesTheFlowUnmodifiable() {
    AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
    Flow<String, String, Void> flow =
        flow((input, ctx) -> {
          seen.set(ctx.requestContext());
          return CompletableFuture.completedFuture(input);
        });

    flow.run("x", Map.of("auth", Map.of("uid", "ada")));

    assertEquals(Map.of("auth", Map.of("uid", "ada")), seen.get());
    assertThrows(UnsupportedOperationException.class, () -> seen.get().put("k", "v"));
  }

  @Test
  void stepsRunInOrderAndReturnTheirValues() {
    List<String> steps = new ArrayList<>();
    Flow<String, String, Void> flow =
        flow((input, ctx) -> {
          String menu = ctx.run("retrieve-daily-menu", () -> {
            steps.add("retrieve");
            return "soup";
          });
          String answer = ctx.run("answer", () -> {
            steps.add("answer");
            return input + ": " + menu;
          });
          return CompletableFuture.completedFuture(answer);
        });

    assertEquals("today: soup", flow.run("today"));
    assertEquals(List.of("retrieve", "answer"), steps);
  }

  @Test
  void aStepRethrowsItsCheckedExceptionUnchanged() {
    IOException failure = new IOException("offline");
    AtomicReference<Exception> caught = new AtomicReference<>();
    Flow<String, String, Void> flow =
        flow((input, ctx) -> {
          try {
            ctx.run("fetch", () -> {
              throw failure;
            });
          } catch (IOException e) {
            caught.set(e);
          }
          return CompletableFuture.completedFuture("recovered");
        });

    assertEquals("recovered", flow.run("x"));
    assertSame(failure, caught.get());
  }

  @Test
  void aStepNeedsAName() {
    Flow<String, String, Void> flow =
        flow((input, ctx) -> CompletableFuture.completedFuture(ctx.run(" ", () -> input)));

    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> flow.run("x"));
    assertTrue(thrown.getMessage().contains("a step needs a name"));
  }

  @Test
  void chunksOfACallThatDidNotAskForAStreamAreDropped() {
    FlowDescriptor<String, String, String> words =
        new FlowDescriptor<>("words", "", String.class, String.class, String.class);
    AtomicBoolean streaming = new AtomicBoolean(true);
    Flow<String, String, String> flow =
        Flow.of(words, (input, ctx) -> {
          streaming.set(ctx.isStreaming());
          ctx.sendChunk("a");
          return CompletableFuture.completedFuture("done");
        });

    assertEquals("done", flow.run("x"));
    assertFalse(streaming.get());
  }

  @Test
  void invokeNeverRunsAFlowWhoseCallWasCancelledBeforeItStarted() {
    AtomicBoolean ran = new AtomicBoolean();
    Flow<String, String, Void> flow =
        flow((input, ctx) -> {
          ran.set(true);
          return CompletableFuture.completedFuture(input);
        });
    Cancellation cancellation = new Cancellation();
    cancellation.cancel();

    CompletableFuture<String> output = flow.invoke("x", Map.of(), null, cancellation);

    assertTrue(output.isCompletedExceptionally());
    assertFalse(ran.get());
  }

  @Test
  void aFlowThatReturnsOnceItSeesCancellationStillEndsCancelled() throws Exception {
    Cancellation cancellation = new Cancellation();
    CompletableFuture<Void> flowReturned = new CompletableFuture<>();
    // Runs first on the cancelling thread, holding back invoke's own listener until the flow has returned.
    cancellation.onCancel(() -> flowReturned.join());
    Flow<String, String, Void> polite = flow((input, ctx) -> {
      CompletableFuture.runAsync(cancellation::cancel);
      while (!ctx.isCancelled()) {
        Thread.onSpinWait();
      }
      return CompletableFuture.completedFuture("returned anyway");
    });

    CompletableFuture<String> output = polite.invoke("x", Map.of(), null, cancellation);
    flowReturned.complete(null);

    ExecutionException thrown = assertThrows(ExecutionException.class, output::get);
    assertEquals(FlowStatus.CANCELLED, ((FlowException) thrown.getCause()).status());
  }
}
