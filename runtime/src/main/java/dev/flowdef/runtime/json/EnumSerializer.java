package dev.flowdef.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.List;

/** Writes an enum as Jackson writes one: the string of each constant (its name, or its {@code @JsonProperty}). */
@SuppressWarnings("serial") // Jackson's codecs are Serializable; these are made per mapper, never serialized
final class EnumSerializer extends GeneratedSerializer<Enum<?>> {
  private final SerializedString[] byOrdinal;

  EnumSerializer(Class<?> type, JsonSerializer<?> standard, List<Enum<?>> constants, List<String> names) {
    super(type, standard);
    byOrdinal = new SerializedString[constants.size()];
    for (int i = 0; i < constants.size(); i++) {
      byOrdinal[constants.get(i).ordinal()] = new SerializedString(names.get(i));
    }
  }

  @Override
  public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(byOrdinal[value.ordinal()]);
  }
}
