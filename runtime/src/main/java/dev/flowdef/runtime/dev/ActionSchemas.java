package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.runtime.FlowDescriptor;
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

  Optional<JsonNode> input(FlowDescriptor<?, ?, ?> flow);

  Optional<JsonNode> output(FlowDescriptor<?, ?, ?> flow);
}
