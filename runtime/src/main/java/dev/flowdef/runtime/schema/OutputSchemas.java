package dev.flowdef.runtime.schema;

import com.fasterxml.jackson.databind.node.NullNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.Optional;

/**
 * What a flow's published output schema allows, so a transport can refuse to answer an output the flow's own
 * contract rules out: a {@code null} where the schema requires a value is a bug in the flow, answered
 * {@code INTERNAL}, never sent on as a {@code {"result": null}} the caller cannot use.
 */
public final class OutputSchemas {
  private OutputSchemas() {}

  /** Whether the output schema of {@code flowName} accepts JSON {@code null}; empty when it has none. */
  public static Optional<Boolean> acceptsNull(FlowManifest manifest, String flowName) {
    return manifest.schemas(flowName).flatMap(FlowSchemas::output).map(document ->
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document)
            .validate(NullNode.getInstance()).isEmpty());
  }
}
