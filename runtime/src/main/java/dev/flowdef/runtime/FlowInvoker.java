package dev.flowdef.runtime;

import java.util.concurrent.CompletionStage;

/**
 * Calls a flow's method directly, typed: a lambda per flow in a binding written by hand (generated bindings call
 * theirs through one {@link FlowDispatcher}), so running a flow involves no reflection; a synchronous method's result
 * arrives as an already completed stage.
 */
@FunctionalInterface
public interface FlowInvoker<I, O, C> {

  CompletionStage<O> invoke(I input, FlowContext<C> context) throws Exception;
}
