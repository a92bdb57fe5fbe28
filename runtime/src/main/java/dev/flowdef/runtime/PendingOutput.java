package dev.flowdef.runtime;

import java.util.concurrent.CompletionStage;

/**
 * A flow's output still to come, as a {@link FlowDispatcher} returns it ({@link FlowDispatcher#pending}): a type of
 * the runtime's own, so no output a flow may return (any JSON value, even a {@code java.lang.Object}) is mistaken
 * for it. The stage may be {@code null}, which the flow reports as its method's mistake.
 */
record PendingOutput(CompletionStage<?> stage) {}
