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
   * Calls flow {@code index} with its input and context, whose types are the flow's own; a synchronous method's
   * result arrives as an already completed stage.
   */
  CompletionStage<?> call(int index, Object input, FlowContext<?> context) throws Exception;
}
