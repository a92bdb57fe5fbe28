package dev.flowdef.runtime.http;

import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowContext;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStatus;
import dev.flowdef.runtime.Types;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The flows the HTTP tests call, shaped like those of the Genkit JS server in the reference transcripts (echo,
 * countdown, fail, failStream), plus flows that expose what the server did: the request context it built,
 * cancellation, and the pace of a stream. A fresh instance per test, so their signals never leak between tests.
 */
final class TestFlows {
  record Text(String text) {}

  record Echoed(String text, int length) {}

  record Count(int n) {}

  record Tick(int i) {}

  record Done(boolean done, int count) {}

  record Failure(String status, String message) {}

  static final FlowDescriptor<Text, Echoed, Void> ECHO =
      new FlowDescriptor<>("echo", "Echoes text.", Text.class, Echoed.class, Void.class);
  static final FlowDescriptor<Count, Done, Tick> COUNTDOWN =
      new FlowDescriptor<>("countdown", "Streams n ticks.", Count.class, Done.class, Tick.class);
  static final FlowDescriptor<Failure, String, Void> FAIL =
      new FlowDescriptor<>("fail", "Fails as asked.", Failure.class, String.class, Void.class);
  static final FlowDescriptor<Count, Done, Tick> FAIL_STREAM =
      new FlowDescriptor<>("failStream", "Streams n ticks, then fails.", Count.class, Done.class, Tick.class);
  static final FlowDescriptor<Void, Map<String, Object>, Void> CONTEXT =
      new FlowDescriptor<>("context", "Returns its request context.", Void.class,
          Types.parameterized(Map.class, String.class, Object.class), Void.class);
  static final FlowDescriptor<List<Integer>, Integer, Void> SUM =
      new FlowDescriptor<>("sum", "Adds numbers.", Types.parameterized(List.class, Integer.class), Integer.class,
          Void.class);
  static final FlowDescriptor<Void, Done, Tick> TICKER =
      new FlowDescriptor<>("ticker", "Ticks every 50 ms until cancelled.", Void.class, Done.class, Tick.class);
  static final FlowDescriptor<Count, Object, Object> UNWRITABLE =
      new FlowDescriptor<>("unwritable", "Sends a chunk (n = 1) or returns an output Jackson cannot write.",
          Count.class, Object.class, Object.class);
  static final FlowDescriptor<Count, Done, Tick> PACED =
      new FlowDescriptor<>("paced", "Sends each tick when the test allows it.", Count.class, Done.class, Tick.class);

  /** Signalled when the ticker sees its cancellation. */
  final CountDownLatch tickerCancelled = new CountDownLatch(1);
  /** Signalled when the ticker has returned. */
  final CountDownLatch tickerEnded = new CountDownLatch(1);
  /** Whether the ticker could still send a chunk once cancelled (it must not). */
  final AtomicBoolean chunkAcceptedAfterCancel = new AtomicBoolean();
  /** Permits for the paced flow's next tick. */
  final Semaphore pace = new Semaphore(0);

  FlowRegistry registry() {
    return FlowRegistry.builder()
        .register(Flow.of(ECHO, (in, ctx) -> done(new Echoed(in.text(), in.text().length()))))
        .register(Flow.of(COUNTDOWN, (in, ctx) -> done(count(in.n(), ctx))))
        .register(Flow.of(FAIL, (in, ctx) -> {
          if (in.status().equals("PLAIN")) {
            throw new IllegalStateException("plain error with secret internals");
          }
          throw new FlowException(FlowStatus.valueOf(in.status()), in.message(), Map.of("hint", "by design"));
        }))
        .register(Flow.of(FAIL_STREAM, (in, ctx) -> {
          count(in.n(), ctx);
          throw new FlowException(FlowStatus.INTERNAL, "boom after chunks");
        }))
        .register(Flow.of(CONTEXT, (in, ctx) -> done(ctx.requestContext())))
        .register(Flow.of(SUM, (in, ctx) -> done(in.stream().mapToInt(Integer::intValue).sum())))
        .register(Flow.of(TICKER, (in, ctx) -> done(tick(ctx))))
        .register(Flow.of(PACED, (in, ctx) -> done(paced(in.n(), ctx))))
        .register(Flow.of(UNWRITABLE, (in, ctx) -> {
          if (in.n() == 1) {
            ctx.sendChunk(new Object());
          }
          return done(new Object());
        }))
        .build();
  }

  private static <T> CompletableFuture<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }

  private static Done count(int n, FlowContext<Tick> ctx) {
    for (int i = 0; i < n; i++) {
      ctx.sendChunk(new Tick(i));
    }
    return new Done(true, n);
  }

  private Done tick(FlowContext<Tick> ctx) {
    ctx.onCancel(tickerCancelled::countDown);
    int sent = 0;
    try {
      for (; sent < 1200; sent++) { // a minute at most, far beyond any test's time-out
        ctx.sendChunk(new Tick(sent));
        Thread.sleep(50);
      }
      return new Done(true, sent);
    } catch (FlowException | InterruptedException e) {
      try {
        ctx.sendChunk(new Tick(-1));
        chunkAcceptedAfterCancel.set(true);
      } catch (FlowException expected) {
        // a cancelled call accepts no chunk
      }
      throw new FlowException(FlowStatus.CANCELLED, "ticker stopped after " + sent + " ticks");
    } finally {
      tickerEnded.countDown();
    }
  }

  private Done paced(int n, FlowContext<Tick> ctx) throws InterruptedException {
    for (int i = 0; i < n; i++) {
      if (!pace.tryAcquire(10, TimeUnit.SECONDS)) {
        throw new FlowException(FlowStatus.DEADLINE_EXCEEDED, "the test never read tick " + (i - 1));
      }
      ctx.sendChunk(new Tick(i));
    }
    return new Done(true, n);
  }
}
