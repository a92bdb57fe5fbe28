package dev.flowdef.runtime.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.util.ClassUtil;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * The base of generated record deserializers, following Jackson's reading of a record through its canonical
 * constructor step for step: an object's properties are read as they come, a missing one gets its deserializer's
 * absent value, a property Jackson does not know is kept aside and handed to Jackson's unknown-property handling once
 * the record is built, a constructor that throws is a {@link ValueInstantiationException}, and a failure reading a
 * property names it in the exception's path. Anything but an object goes to Jackson's own deserializer.
 *
 * @param <T> the record
 */
@SuppressWarnings("serial") // Jackson's codecs are Serializable; these are made per mapper, never serialized
public abstract class RecordDeserializer<T> extends GeneratedDeserializer<T> {
  private final List<Object> propertyNames;

  /** {@code propertyNames}: the JSON names of the record's properties, for Jackson's unknown-property errors. */
  protected RecordDeserializer(Class<T> type, JsonDeserializer<?> standard, List<String> propertyNames) {
    super(type, standard);
    this.propertyNames = List.copyOf(propertyNames);
  }

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      p.nextToken();
      return readProperties(p, ctxt);
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      return readProperties(p, ctxt);
    }
    return standard(p, ctxt);
  }

  /** Reads the properties from the first name (or the end of the object) to the end, and builds the record. */
  protected abstract T readProperties(JsonParser p, DeserializationContext ctxt) throws IOException;

  @Override
  public final Collection<Object> getKnownPropertyNames() {
    return propertyNames;
  }

  /** The value of a property missing from the object, as Jackson gives it to the constructor. */
  protected static <V> V absent(DeserializationContext ctxt, JsonDeserializer<V> deserializer, Class<?> record,
      String property) throws JsonMappingException {
    try {
      @SuppressWarnings("unchecked") // the deserializer's own absent value
      V value = (V) deserializer.getAbsentValue(ctxt);
      return value;
    } catch (DatabindException e) {
      e.prependPath(record, property);
      throw e;
    }
  }

  /** Keeps an unknown property aside, to be handled once the record is built, as Jackson does. */
  protected static TokenBuffer unknown(JsonParser p, DeserializationContext ctxt, TokenBuffer unknown, String property)
      throws IOException {
    TokenBuffer buffer = unknown == null ? ctxt.bufferForInputBuffering(p) : unknown;
    buffer.writeFieldName(property);
    buffer.copyCurrentStructure(p);
    return buffer;
  }

  /**
   * The built record, after Jackson's handling of the unknown properties kept aside: ignored, or refused when the
   * mapper fails on unknown properties.
   */
  protected final T built(DeserializationContext ctxt, T record, TokenBuffer unknown) throws IOException {
    if (unknown == null) {
      return record;
    }
    unknown.writeEndObject();
    try (JsonParser buffered = unknown.asParser()) {
      while (buffered.nextToken() != JsonToken.END_OBJECT) {
        String property = buffered.currentName();
        buffered.nextToken();
        handleUnknownProperty(buffered, ctxt, record, property);
      }
    }
    return record;
  }

  /** The exception Jackson raises when the record's constructor throws {@code e}. */
  protected final IOException constructorFailed(DeserializationContext ctxt, Exception e) {
    if (e instanceof JsonMappingException mapping) {
      return mapping;
    }
    return ValueInstantiationException.from(ctxt.getParser(),
        String.format("Cannot construct instance of %s, problem: %s", ClassUtil.nameOf(handledType()),
            ClassUtil.exceptionMessage(e)),
        getValueType(ctxt), e);
  }

  /** The failure reading {@code property}, with the property added to its path, as Jackson reports it. */
  protected final IOException propertyFailed(DeserializationContext ctxt, Exception e, String property)
      throws IOException {
    boolean wrap = ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
    if (e instanceof IOException io) {
      if (!wrap || !(e instanceof JacksonException)) {
        throw io;
      }
    } else if (!wrap && e instanceof RuntimeException runtime) {
      throw runtime;
    }
    return JsonMappingException.wrapWithPath(e, handledType(), property);
  }
}
