package dev.flowdef.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * The base of the generated types' deserializers: these read the common case, and Jackson's own deserializer of
 * the type (the "standard" one) reads everything else, with its own errors: an unexpected token, a coercion Jackson
 * allows or refuses, a use with a type id, and any property whose annotations make Jackson read the type differently
 * (then this deserializer steps aside for the standard one).
 *
 * @param <T> the record or enum read
 */
@SuppressWarnings("serial") // Jackson's codecs are Serializable; these are made per mapper, never serialized
abstract class GeneratedDeserializer<T> extends StdDeserializer<T> implements ContextualDeserializer,
    ResolvableDeserializer {
  private final JsonDeserializer<Object> standard;

  @SuppressWarnings("unchecked") // Jackson's deserializer of the same type
  GeneratedDeserializer(Class<?> type, JsonDeserializer<?> standard) {
    super(type);
    this.standard = (JsonDeserializer<Object>) standard;
  }

  /** Resolves the standard deserializer, then the deserializers of the values this one delegates. */
  @Override
  public final void resolve(DeserializationContext ctxt) throws JsonMappingException {
    if (standard instanceof ResolvableDeserializer resolvable) {
      resolvable.resolve(ctxt);
    }
    resolveValues(ctxt);
  }

  /** Finds, once, the deserializers of the values this one does not read itself. */
  protected void resolveValues(DeserializationContext ctxt) throws JsonMappingException {}

  /** This deserializer, unless the property changes how Jackson reads the type: then Jackson's own. */
  @Override
  public final JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    JsonDeserializer<?> contextual = ctxt.handleSecondaryContextualization(standard, property, getValueType(ctxt));
    return contextual == standard ? this : contextual;
  }

  /** Reads the current value with Jackson's own deserializer of the type. */
  @SuppressWarnings("unchecked") // Jackson's deserializer of the same type
  protected final T standard(JsonParser p, DeserializationContext ctxt) throws IOException {
    return (T) standard.deserialize(p, ctxt);
  }

  @Override
  public final Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer types)
      throws IOException {
    return standard.deserializeWithType(p, ctxt, types);
  }

  @Override
  public final JsonDeserializer<T> unwrappingDeserializer(NameTransformer unwrapper) {
    @SuppressWarnings("unchecked") // Jackson's deserializer of the same type
    JsonDeserializer<T> unwrapping = (JsonDeserializer<T>) standard.unwrappingDeserializer(unwrapper);
    return unwrapping;
  }

  @Override
  public final boolean isCachable() {
    return standard.isCachable();
  }

  @Override
  public final AccessPattern getNullAccessPattern() {
    return standard.getNullAccessPattern();
  }

  @Override
  @SuppressWarnings("unchecked") // Jackson's deserializer of the same type
  public final T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    return (T) standard.getNullValue(ctxt);
  }

  @Override
  public final Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
    return standard.getAbsentValue(ctxt);
  }

  @Override
  public final Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
    return standard.getEmptyValue(ctxt);
  }

  /** The deserializer Jackson uses for a value of declared type {@code type}, type id included. */
  @SuppressWarnings("unchecked") // found for that type
  static <V> JsonDeserializer<V> deserializerOf(DeserializationContext ctxt, Type type)
      throws JsonMappingException {
    return (JsonDeserializer<V>) ctxt.findRootValueDeserializer(ctxt.getTypeFactory().constructType(type));
  }

  /**
   * Reads the current value with {@code deserializer}, as Jackson reads a property: {@code null} becomes the
   * deserializer's null value ({@code 0} for an {@code int}, an empty {@code Optional}).
   */
  static <V> V read(JsonParser p, DeserializationContext ctxt, JsonDeserializer<V> deserializer)
      throws IOException {
    if (p.hasToken(JsonToken.VALUE_NULL)) {
      return deserializer.getNullValue(ctxt);
    }
    V value = deserializer.deserialize(p, ctxt);
    return value == null ? deserializer.getNullValue(ctxt) : value;
  }
}
