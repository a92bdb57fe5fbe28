package dev.flowdef.runtime;

import dev.flowdef.runtime.json.JsonCodec;
import java.util.List;

/**
 * The flows of one annotated class, bound to their implementation. The processor generates one per class (for
 * {@code MenuFlows}, {@code MenuFlows_Flows}) and lists it in {@code META-INF/services} when it can create the class
 * itself, so {@link FlowRegistry#discover()} finds it; bindings of classes that need constructor arguments are
 * created by hand with an instance and given to {@link FlowRegistry.Builder#register(FlowBinding)}.
 */
public interface FlowBinding {

  /**
   * The version of the contract between the bindings the processor generates and this runtime: raised whenever a
   * binding generated for the previous one would no longer link against the runtime.
   */
  int GENERATED_FORMAT = 1;

  /**
   * The {@link #GENERATED_FORMAT} this binding was generated for, which the registry checks before it asks for the
   * flows: a binding compiled by a processor of another version than the runtime's is then a clear error at start-up
   * rather than a linkage error at its first call. {@code 0} for a binding written by hand, which javac checks
   * against this interface instead.
   */
  default int generatedFormat() {
    return 0;
  }

  /** The flows this binding provides, in declaration order. */
  List<Flow<?, ?, ?>> flows();

  /**
   * The Jackson codecs the processor generated for the records and enums the flows read and write, which the HTTP
   * transport puts in the place of Jackson's reflective ones; none for a binding written by hand.
   */
  default List<JsonCodec> jsonCodecs() {
    return List.of();
  }
}
