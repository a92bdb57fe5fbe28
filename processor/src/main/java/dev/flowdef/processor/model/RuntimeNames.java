package dev.flowdef.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * The runtime's types that processing refers to, by name: the processor must not depend on the runtime, so that a
 * user's compile path does not drag the server in.
 */
public final class RuntimeNames {
  public static final String PACKAGE = "dev.flowdef.runtime";
  public static final String FLOW_DEF = "dev.flowdef.FlowDef";
  public static final String FLOW_CONTEXT = PACKAGE + ".FlowContext";
  public static final String GENERATED = "javax.annotation.processing.Generated";

  public static final ClassName FLOW = ClassName.get(PACKAGE, "Flow");
  public static final ClassName FLOW_BINDING = ClassName.get(PACKAGE, "FlowBinding");
  public static final ClassName FLOW_DESCRIPTOR = ClassName.get(PACKAGE, "FlowDescriptor");
  public static final ClassName FLOW_DISPATCHER = ClassName.get(PACKAGE, "FlowDispatcher");
  public static final ClassName TYPES = ClassName.get(PACKAGE, "Types");

  /** {@code FlowBinding.GENERATED_FORMAT}: the runtime's contract the bindings are written for, which it checks. */
  public static final int GENERATED_FORMAT = 1;

  public static final String JSON_PACKAGE = PACKAGE + ".json";
  public static final ClassName JSON_CODEC = ClassName.get(JSON_PACKAGE, "JsonCodec");

  private RuntimeNames() {}
}
