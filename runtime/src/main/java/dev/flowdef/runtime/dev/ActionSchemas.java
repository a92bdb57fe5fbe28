package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.schema.FlowManifest;
import java.util.Optional;

/** Where the reflection API finds the Draft-07 schemas it lists with each action, for the Developer UI's forms. */
public interface ActionSchemas {
  ActionSchemas NONE =
      new ActionSchemas() {
        @Override
        public Optional<JsonNode> input(FlowDescriptor<?, ?, ?> flow) {
          return Optional.empty();
        }

        @Override
        public Optional<JsonNode> output(FlowDescriptor<?, ?, ?> flow) {
          return Optional.empty();
        }
      };

  /** The Draft-07 rendering of the schemas the flows' manifests publish. */
  static ActionSchemas from(FlowManifest manifest) {
    return new ActionSchemas() {
      @Override
      public Optional<JsonNode> input(FlowDescriptor<?, ?, ?> flow) {
        return manifest.schemas(flow.name()).flatMap(schemas -> schemas.draft07().input());
      }

      @Override
      public Optional<JsonNode> output(FlowDescriptor<?, ?, ?> flow) {
        return manifest.schemas(flow.name()).flatMap(schemas -> schemas.draft07().output());
      }
    };
  }

  Optional<JsonNode> input(FlowDescriptor<?, ?, ?> flow);

  Optional<JsonNode> output(FlowDescriptor<?, ?, ?> flow);
}
