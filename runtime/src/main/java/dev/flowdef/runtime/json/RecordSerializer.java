package dev.flowdef.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.List;

/**
 * Writes a record as Jackson's bean serializer does, from its {@link RecordShape}: an object with the
 * properties in the record's order, each value written inline ({@link InlineValue}) or by the serializer Jackson has
 * for its declared type, found once; a failure reported with the property being written.
 */
@SuppressWarnings("serial") // Jackson's codecs are Serializable; these are made per mapper, never serialized
final class RecordSerializer extends GeneratedSerializer<Object> {
  private final List<RecordShape.Property> properties;
  private final SerializedString[] names;
  private final InlineValue[] inline;
  private final JsonSerializer<?>[] serializers;

  RecordSerializer(RecordShape shape, JsonSerializer<?> standard) {
    super(shape.type(), standard);
    this.properties = shape.properties();
    this.names = new SerializedString[properties.size()];
    this.inline = new InlineValue[properties.size()];
    this.serializers = new JsonSerializer<?>[properties.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = new SerializedString(properties.get(i).name());
      inline[i] = InlineValue.of(properties.get(i).type());
    }
  }

  @Override
  protected void resolveValues(SerializerProvider provider) throws JsonMappingException {
    for (int i = 0; i < serializers.length; i++) {
      if (inline[i] == null) {
        serializers[i] = serializerOf(provider, properties.get(i).type());
      }
    }
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    int i = 0;
    try {
      for (; i < names.length; i++) {
        gen.writeFieldName(names[i]);
        Object property = properties.get(i).of(value);
        if (inline[i] != null) {
          inline[i].write(gen, property);
        } else {
          write(gen, provider, serializers[i], property);
        }
      }
    } catch (Exception e) {
      wrapAndThrow(provider, e, value, properties.get(i).name());
    }
    gen.writeEndObject();
  }
}
