package dev.flowdef.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads an enum from the string of a constant; Jackson's own deserializer reads anything else, errors included. */
@SuppressWarnings("serial") // Jackson's codecs are Serializable; these are made per mapper, never serialized
final class EnumDeserializer extends GeneratedDeserializer<Object> {
  private final Map<String, Enum<?>> byName = new HashMap<>();

  EnumDeserializer(Class<?> type, JsonDeserializer<?> standard, List<Enum<?>> constants, List<String> names) {
    super(type, standard);
    for (int i = 0; i < constants.size(); i++) {
      byName.put(names.get(i), constants.get(i));
    }
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      Enum<?> constant = byName.get(p.getText());
      if (constant != null) {
        return constant;
      }
    }
    return standard(p, ctxt);
  }
}
