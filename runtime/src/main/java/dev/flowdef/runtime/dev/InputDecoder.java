package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowStatus;
import dev.flowdef.runtime.json.JdkTypes;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes the JSON input that the dev tools send into a flow's input type, with one reader per flow built on first
 * use. Unknown properties are ignored, as Genkit's schemas allow them.
 */
final class InputDecoder {
  static final ObjectMapper JSON =
      JdkTypes.configure(JsonMapper.builder()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Map<String, ObjectReader> readers = new ConcurrentHashMap<>();

  /** The input, or {@code null} for a flow without input or a request without one. */
  @SuppressWarnings("unchecked") // the reader reads the flow's own input type
  <I> I decode(Flow<I, ?, ?> flow, JsonNode input) {
    if (!flow.descriptor().takesInput() || input == null || input.isNull() || input.isMissingNode()) {
      return null;
    }
    ObjectReader reader =
        readers.computeIfAbsent(flow.name(), name -> JSON.readerFor(JSON.constructType(flow.descriptor().inputType())));
    try {
      return (I) reader.readValue(input);
    } catch (IOException e) {
      throw new FlowException(FlowStatus.INVALID_ARGUMENT, "Invalid input for flow '" + flow.name() + "': "
          + e.getMessage(), null, e);
    }
  }
}
