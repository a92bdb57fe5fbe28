package dev.flowdef.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * The base of the generated types' serializers: these write the common case, and Jackson's own serializer of the
 * type (the "standard" one) keeps everything else, so nothing changes on the wire: a use with a type id, an
 * unwrapping property, and any property whose annotations make Jackson write the type differently (then this
 * serializer steps aside for the standard one).
 *
 * @param <T> the record or enum written
 */
@SuppressWarnings("serial") // Jackson's codecs are Serializable; these are made per mapper, never serialized
abstract class GeneratedSerializer<T> extends StdSerializer<T> implements ContextualSerializer,
    ResolvableSerializer {
  private final JsonSerializer<Object> standard;

  @SuppressWarnings("unchecked") // Jackson's serializer of the same type
  GeneratedSerializer(Class<?> type, JsonSerializer<?> standard) {
    super(type, false);
    this.standard = (JsonSerializer<Object>) standard;
  }

  /** Resolves the standard serializer, then the serializers of the values this one delegates. */
  @Override
  public final void resolve(SerializerProvider provider) throws JsonMappingException {
    if (standard instanceof ResolvableSerializer resolvable) {
      resolvable.resolve(provider);
    }
    resolveValues(provider);
  }

  /** Finds, once, the serializers of the values this one does not write itself. */
  protected void resolveValues(SerializerProvider provider) throws JsonMappingException {}

  /** This serializer, unless the property changes how Jackson writes the type: then Jackson's own. */
  @Override
  public final JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
      throws JsonMappingException {
    JsonSerializer<?> contextual = provider.handleSecondaryContextualization(standard, property);
    return contextual == standard ? this : contextual;
  }

  @Override
  public final void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSerializer) throws IOException {
    standard.serializeWithType(value, gen, provider, typeSerializer);
  }

  @Override
  public final JsonSerializer<T> unwrappingSerializer(NameTransformer unwrapper) {
    @SuppressWarnings("unchecked") // Jackson's serializer of the same type
    JsonSerializer<T> unwrapping = (JsonSerializer<T>) standard.unwrappingSerializer(unwrapper);
    return unwrapping;
  }

  /** The serializer Jackson uses for a value of declared type {@code type}, type id included. */
  static JsonSerializer<Object> serializerOf(SerializerProvider provider, Type type)
      throws JsonMappingException {
    return provider.findTypedValueSerializer(provider.constructType(type), true, null);
  }

  /** Writes {@code value} with {@code serializer}, or {@code null} as Jackson writes it. */
  @SuppressWarnings("unchecked") // found for the value's declared type
  static void write(JsonGenerator gen, SerializerProvider provider, JsonSerializer<?> serializer, Object value)
      throws IOException {
    if (value == null) {
      provider.defaultSerializeNull(gen);
    } else {
      ((JsonSerializer<Object>) serializer).serialize(value, gen, provider);
    }
  }
}
