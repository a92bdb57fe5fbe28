package dev.flowdef.runtime.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.runtime.FlowDescriptor;
import java.util.List;

/**
 * Checks a flow's input, as JSON, before it is decoded and the flow runs. Transports call it for every request; an
 * empty list lets the call go on, any violation answers {@code INVALID_ARGUMENT} with all of them.
 */
@FunctionalInterface
public interface InputValidator {

  /** Every violation of {@code flow}'s input schema by {@code input} ({@code null} when the request had no data). */
  List<Violation> validate(FlowDescriptor<?, ?, ?> flow, JsonNode input);

  /** Accepts everything: for flows without a published schema. */
  static InputValidator none() {
    return (flow, input) -> List.of();
  }
}
