package dev.flowdef.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * The base of generated record serializers: an object with the record's properties in Jackson's order, a failure
 * reported with the property being written, as Jackson's bean serializer does.
 *
 * @param <T> the record
 */
@SuppressWarnings("serial") // Jackson's codecs are Serializable; these are made per mapper, never serialized
public abstract class RecordSerializer<T> extends GeneratedSerializer<T> {

  protected RecordSerializer(Class<T> type, JsonSerializer<?> standard) {
    super(type, standard);
  }

  @Override
  public final void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    writeProperties(value, gen, provider);
    gen.writeEndObject();
  }

  /**
   * Writes every property, name and value; a failure goes to {@link #wrapAndThrow(SerializerProvider, Throwable,
   * Object, String)} with the property's name.
   */
  protected abstract void writeProperties(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;
}
