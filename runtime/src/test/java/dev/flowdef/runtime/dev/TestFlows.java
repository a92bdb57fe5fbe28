package dev.flowdef.runtime.dev;

import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStatus;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static java.util.concurrent.CompletableFuture.completedFuture;

/** Flows registered by hand, shaped like the Genkit JS test app's in the transcripts (echo, countdown, fail, steps). */
final class TestFlows {
  record Text(String text) {}

  record Echoed(String text, int length) {}

  record Count(int n) {}

  record Tick(int i) {}

  record Done(boolean done, int count) {}

  record Steps(String upper, String reversed) {}

  static final FlowDescriptor<Text, Echoed, Void> ECHO =
      new FlowDescriptor<>("echo", "Echoes text.", Text.class, Echoed.class, Void.class);
  static final FlowDescriptor<Map<String, Object>, Map<String, Object>, Void> SORT_KEYS =
      new FlowDescriptor<>("sortKeys", "", Map.class, Map.class, Void.class);
  static final FlowDescriptor<Count, Done, Tick> COUNTDOWN =
      new FlowDescriptor<>("countdown", "", Count.class, Done.class, Tick.class);
  static final FlowDescriptor<Count, Done, Tick> FAIL_STREAM =
      new FlowDescriptor<>("failStream", "", Count.class, Done.class, Tick.class);
  static final FlowDescriptor<Text, String, Void> FAIL =
      new FlowDescriptor<>("fail", "", Text.class, String.class, Void.class);
  static final FlowDescriptor<Text, String, Void> CRASH =
      new FlowDescriptor<>("crash", "", Text.class, String.class, Void.class);
  static final FlowDescriptor<Text, Steps, Void> STEPS =
      new FlowDescriptor<>("steps", "", Text.class, Steps.class, Void.class);
  static final FlowDescriptor<Void, String, Void> WAIT =
      new FlowDescriptor<>("waitForCancel", "", Void.class, String.class, Void.class);
  static final FlowDescriptor<Void, Map<String, Object>, Void> WHOAMI =
      new FlowDescriptor<>("whoami", "", Void.class, Map.class, Void.class);

  private TestFlows() {}

  static FlowRegistry registry() {
    return FlowRegistry.builder()
        .register(Flow.of(ECHO, (input, ctx) -> completedFuture(new Echoed(input.text(), input.text().length()))))
        .register(Flow.of(SORT_KEYS, (input, ctx) -> completedFuture(new TreeMap<>(input))))
        .register(Flow.of(COUNTDOWN, (input, ctx) -> {
          for (int i = 0; i < input.n(); i++) {
            ctx.sendChunk(new Tick(i));
          }
          return completedFuture(new Done(true, input.n()));
        }))
        .register(Flow.of(FAIL_STREAM, (input, ctx) -> {
          for (int i = 0; i < input.n(); i++) {
            ctx.sendChunk(new Tick(i));
          }
          throw new FlowException(FlowStatus.INTERNAL, "boom after chunks");
        }))
        .register(Flow.of(FAIL, (input, ctx) -> {
          throw new FlowException(FlowStatus.FAILED_PRECONDITION, "fail flow always fails");
        }))
        .register(Flow.of(CRASH, (input, ctx) -> {
          throw new IllegalStateException("plain error with internals");
        }))
        .register(Flow.of(STEPS, (input, ctx) -> {
          String upper = ctx.run("upper", () -> input.text().toUpperCase());
          String reversed = ctx.run("reversed", () -> new StringBuilder(upper).reverse().toString());
          return completedFuture(new Steps(upper, reversed));
        }))
        .register(Flow.of(WAIT, (input, ctx) -> {
          // Blocks its thread like a slow model call would, until the Developer UI cancels it (bounded).
          CountDownLatch cancelled = new CountDownLatch(1);
          ctx.onCancel(cancelled::countDown);
          if (!cancelled.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never cancelled");
          }
          ctx.throwIfCancelled();
          return completedFuture("not cancelled");
        }))
        .register(Flow.of(WHOAMI, (input, ctx) -> completedFuture(ctx.requestContext())))
        .build();
  }
}
