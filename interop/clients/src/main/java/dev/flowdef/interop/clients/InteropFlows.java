package dev.flowdef.interop.clients;

import dev.flowdef.FlowDef;
import dev.flowdef.runtime.FlowContext;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowStatus;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The flows the generated clients are tested against, the same as those of the Genkit JavaScript server in
 * {@code genkit-server/server.cjs}: {@code echo}, {@code countdown} (streams), {@code fail} and {@code failStream};
 * and, here only, {@code slowCount}, which streams until it is cancelled.
 */
public class InteropFlows {
  /** Counts down when {@code slowCount} sees its caller cancel it. */
  public static volatile CountDownLatch slowCountCancelled = new CountDownLatch(1);

  /**
   * What {@code echo} echoes.
   *
   * @param text the text
   */
  public record EchoInput(String text) {}

  /**
   * The text, and its length.
   *
   * @param text the text
   * @param length its length in UTF-16 units, as JavaScript counts
   */
  public record EchoOutput(String text, int length) {}

  /**
   * How far to count.
   *
   * @param n the number of chunks
   */
  public record CountdownInput(int n) {}

  /**
   * One chunk of a count.
   *
   * @param i its index, from 0
   */
  public record Tick(int i) {}

  /**
   * The end of a count.
   *
   * @param done always true
   * @param count how many chunks were sent
   */
  public record CountdownOutput(boolean done, int count) {}

  /**
   * How to fail.
   *
   * @param kind any text
   */
  public record FailInput(String kind) {}

  /** Echoes the text with its length. */
  @FlowDef
  public EchoOutput echo(EchoInput input) {
    return new EchoOutput(input.text(), input.text().length());
  }

  /** Streams n chunks, then says it is done. */
  @FlowDef
  public CountdownOutput countdown(CountdownInput input, FlowContext<Tick> ctx) {
    for (int i = 0; i < input.n(); i++) {
      ctx.sendChunk(new Tick(i));
    }
    return new CountdownOutput(true, input.n());
  }

  /** Always fails, with a status and details. */
  @FlowDef
  public String fail(FailInput input) {
    throw new FlowException(FlowStatus.FAILED_PRECONDITION, "fail flow always fails", Map.of("hint", "by design"));
  }

  /** Streams n chunks, then fails. */
  @FlowDef
  public CountdownOutput failStream(CountdownInput input, FlowContext<Tick> ctx) {
    for (int i = 0; i < input.n(); i++) {
      ctx.sendChunk(new Tick(i));
    }
    throw new FlowException(FlowStatus.INTERNAL, "boom after chunks");
  }

  /** Streams a chunk every 20 ms, up to n, and notes when it is cancelled. */
  @FlowDef
  public CountdownOutput slowCount(CountdownInput input, FlowContext<Tick> ctx) throws InterruptedException {
    CountDownLatch cancelled = slowCountCancelled;
    ctx.onCancel(cancelled::countDown);
    for (int i = 0; i < input.n(); i++) {
      ctx.sendChunk(new Tick(i)); // throws once the call is cancelled
      Thread.sleep(20);
    }
    return new CountdownOutput(true, input.n());
  }
}
