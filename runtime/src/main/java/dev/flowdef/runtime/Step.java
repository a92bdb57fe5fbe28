package dev.flowdef.runtime;

/**
 * The body of a named step, run through {@link FlowContext#run(String, Step)}. It may throw a checked exception of
 * type {@code X}, which {@code run} rethrows unchanged.
 */
@FunctionalInterface
public interface Step<T, X extends Exception> {

  T call() throws X;
}
