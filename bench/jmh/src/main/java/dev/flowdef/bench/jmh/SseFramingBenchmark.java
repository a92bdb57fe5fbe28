package dev.flowdef.bench.jmh;

import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowHandler;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SSE framing: a streaming call of {@code streamChunks} through {@code FlowHandler} into memory, timed per chunk
 * (each chunk encoded as {@code data: {"message": ...}\n\n}, written and flushed).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SseFramingBenchmark {
  private static final byte[] BODY = "{\"data\":{\"count\":100}}".getBytes(StandardCharsets.UTF_8);

  private FlowHandler handler;

  @Setup
  public void setUp() {
    handler = FlowHandler.builder(FlowRegistry.discover()).build();
  }

  @Benchmark
  @OperationsPerInvocation(100)
  public long streamOf100() {
    MemoryExchange exchange = new MemoryExchange("/streamChunks", BODY, true);
    handler.handle(exchange);
    return exchange.bytesWritten;
  }
}
