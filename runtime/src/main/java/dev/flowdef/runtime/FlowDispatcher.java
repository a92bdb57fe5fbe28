package dev.flowdef.runtime;

import java.util.concurrent.CompletionStage;

/**
 * Calls the flows of one binding by their index: the generated bindings' way of calling flow methods directly, one
 * {@code switch} over the flows instead of a lambda per flow, which javac compiles in a fraction of the time (as
 * Dagger's switching providers do for the same reason). {@link Flow#dispatching} turns it into flows.
 */
@FunctionalInterface
public interface FlowDispatcher {

  /**
   * Calls flow {@code index} with its input and context, whose types are the flow's own, and returns what its method
   * returned: the output of a synchronous method as it is, the stage of one that returns a {@code CompletionStage}
   * marked with {@link #pending}. Plain values rather than completed stages: a generic call per flow would cost javac
   * more than the rest of the switch.
   */
  Object call(int index, Object input, FlowContext<?> context) throws Exception;

  /** Marks a method's {@code CompletionStage} as its output still to come, not the output itself. */
  static Object pending(CompletionStage<?> stage) {
    return new PendingOutput(stage);
  }
}
