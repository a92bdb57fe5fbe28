package dev.flowdef.runtime;

import java.util.concurrent.CompletionStage;

/**
 * Calls a flow's method directly. The processor writes one per flow as a lambda, so running a flow involves no
 * reflection; a synchronous method's result arrives as an already completed stage.
 */
@FunctionalInterface
public interface FlowInvoker<I, O, C> {

  CompletionStage<O> invoke(I input, FlowContext<C> context) throws Exception;
}
