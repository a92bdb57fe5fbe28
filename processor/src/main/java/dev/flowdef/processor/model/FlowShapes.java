package dev.flowdef.processor.model;

import dev.flowdef.processor.types.JsonType;
import java.util.Optional;

/**
 * The JSON shapes of a flow's input, output and chunks, from which its schemas are written; absent where the flow
 * has none ({@code Void}).
 */
public record FlowShapes(Optional<JsonType> input, Optional<JsonType> output, Optional<JsonType> chunk) {}
