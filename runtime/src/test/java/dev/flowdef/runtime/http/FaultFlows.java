package dev.flowdef.runtime.http;

import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowContext;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.TestFlows.Count;
import dev.flowdef.runtime.http.TestFlows.Done;
import dev.flowdef.runtime.http.TestFlows.Tick;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Flows that misbehave, for the fault tests: one that ignores interrupts and cancellation until the test lets it go
 * (with and without a timeout of its own), one that returns null for an output its type requires, and one that keeps
 * sending chunks after it returned. A fresh instance per test.
 */
final class FaultFlows {
  static final FlowDescriptor<Count, Done, Tick> STUBBORN = new FlowDescriptor<>(
      "stubborn", "Sends n ticks, then blocks, deaf to interrupts, until released.", Count.class, Done.class,
      Tick.class);
  static final FlowDescriptor<Count, Done, Tick> IMPATIENT = new FlowDescriptor<>(
      "impatient", "The stubborn flow with a timeout of 300 ms.", Count.class, Done.class, Tick.class,
      Duration.ofMillis(300));
  static final FlowDescriptor<Count, Done, Tick> NOTHING = new FlowDescriptor<>(
      "nothing", "Sends n ticks, then returns null.", Count.class, Done.class, Tick.class);
  static final FlowDescriptor<Count, Done, Tick> CHATTY = new FlowDescriptor<>(
      "chatty", "Sends n ticks, returns, then sends more when the test asks.", Count.class, Done.class, Tick.class);

  /** Lets the stubborn flows return. */
  final CountDownLatch release = new CountDownLatch(1);
  /** The chatty flow's context, for chunks after it returned. */
  final CompletableFuture<FlowContext<Tick>> chattyContext = new CompletableFuture<>();

  FlowRegistry registry(TestFlows others) {
    FlowRegistry.Builder builder = FlowRegistry.builder()
        .register(Flow.of(STUBBORN, (in, ctx) -> done(stubborn(in.n(), ctx))))
        .register(Flow.of(IMPATIENT, (in, ctx) -> done(stubborn(in.n(), ctx))))
        .register(Flow.of(NOTHING, (in, ctx) -> {
          sendTicks(in.n(), ctx);
          return done(null);
        }))
        .register(Flow.of(CHATTY, (in, ctx) -> {
          sendTicks(in.n(), ctx);
          chattyContext.complete(ctx);
          return done(new Done(true, in.n()));
        }));
    others.registry().flows().forEach(builder::register);
    return builder.build();
  }

  private Done stubborn(int n, FlowContext<Tick> ctx) {
    sendTicks(n, ctx);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (release.getCount() > 0 && System.nanoTime() < deadline) {
      Thread.interrupted(); // deaf to interrupts: clears them, and goes on waiting
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
    return new Done(true, n);
  }

  private static void sendTicks(int n, FlowContext<Tick> ctx) {
    for (int i = 0; i < n; i++) {
      ctx.sendChunk(new Tick(i));
    }
  }

  private static <T> CompletableFuture<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
