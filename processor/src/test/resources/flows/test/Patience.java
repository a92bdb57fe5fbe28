package test;

import dev.flowdef.FlowDef;
import dev.flowdef.runtime.FlowContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Flows with timeouts, written each way the annotation accepts. */
public class Patience {
  /** Waits for an answer that never comes. */
  @FlowDef(timeout = "150ms")
  public CompletionStage<String> waitForever(String question, FlowContext<Void> ctx) {
    return new CompletableFuture<>();
  }

  /** Answers at once, within a minute and a half. */
  @FlowDef(timeout = "PT1M30S")
  public static String answerNow(String question) {
    return "now: " + question;
  }

  /** Has no timeout of its own. */
  @FlowDef
  public static String noLimit(String question) {
    return question;
  }
}
