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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a record from its {@link RecordShape}, following Jackson's reading of a record through its
 * canonical constructor step for step: an object's properties are read as they come (inline, {@link InlineValue}, or
 * by the deserializer Jackson has for the declared type), a missing one gets its deserializer's absent value, a
 * property Jackson does not know is kept aside and handed to Jackson's unknown-property handling once the record is
 * built, a constructor that throws is a {@link ValueInstantiationException}, and a failure reading a property names
 * it in the exception's path. Anything but an object goes to Jackson's own deserializer.
 */
@SuppressWarnings("serial") // Jackson's codecs are Serializable; these are made per mapper, never serialized
final class RecordDeserializer extends GeneratedDeserializer<Object> {
  private final RecordShape shape;
  private final List<RecordShape.Property> properties;
  private final Map<String, Integer> indexes = new HashMap<>();
  private final InlineValue[] inline;
  private final JsonDeserializer<?>[] deserializers;
  private final List<Object> propertyNames;

  RecordDeserializer(RecordShape shape, JsonDeserializer<?> standard) {
    super(shape.type(), standard);
    this.shape = shape;
    this.properties = shape.properties();
    this.inline = new InlineValue[properties.size()];
    this.deserializers = new JsonDeserializer<?>[properties.size()];
    for (int i = 0; i < inline.length; i++) {
      indexes.putIfAbsent(properties.get(i).name(), i);
      inline[i] = InlineValue.of(properties.get(i).type());
    }
    this.propertyNames = List.copyOf(properties.stream().map(RecordShape.Property::name).toList());
  }

  @Override
  protected void resolveValues(DeserializationContext ctxt) throws JsonMappingException {
    for (int i = 0; i < deserializers.length; i++) {
      deserializers[i] = deserializerOf(ctxt, properties.get(i).type());
    }
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
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

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return propertyNames;
  }

  /** Reads the properties from the first name (or the end of the object) to the end, and builds the record. */
  private Object readProperties(JsonParser p, DeserializationContext ctxt) throws IOException {
    Object[] values = new Object[deserializers.length];
    boolean[] seen = new boolean[deserializers.length];
    TokenBuffer unknown = null;
    for (JsonToken token = p.currentToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String property = p.currentName();
      p.nextToken();
      Integer index = indexes.get(property);
      try {
        if (index == null) {
          unknown = unknown(p, ctxt, unknown, property);
        } else {
          int i = index;
          values[i] = inline[i] != null ? inline[i].read(p, ctxt, deserializers[i]) : read(p, ctxt, deserializers[i]);
          seen[i] = true;
        }
      } catch (Exception e) {
        throw propertyFailed(ctxt, e, property);
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (!seen[i]) {
        values[i] = absent(ctxt, deserializers[i], properties.get(i).name());
      }
    }
    Object record;
    try {
      record = shape.construct(values);
    } catch (RuntimeException e) {
      throw constructorFailed(ctxt, e);
    }
    return built(ctxt, record, unknown);
  }

  /** The value of a property missing from the object, as Jackson gives it to the constructor. */
  private Object absent(DeserializationContext ctxt, JsonDeserializer<?> deserializer, String property)
      throws JsonMappingException {
    try {
      return deserializer.getAbsentValue(ctxt);
    } catch (DatabindException e) {
      e.prependPath(shape.type(), property);
      throw e;
    }
  }

  /** Keeps an unknown property aside, to be handled once the record is built, as Jackson does. */
  private static TokenBuffer unknown(JsonParser p, DeserializationContext ctxt, TokenBuffer unknown, String property)
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
  private Object built(DeserializationContext ctxt, Object record, TokenBuffer unknown) throws IOException {
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
  private IOException constructorFailed(DeserializationContext ctxt, Exception e) {
    if (e instanceof JsonMappingException mapping) {
      return mapping;
    }
    return ValueInstantiationException.from(ctxt.getParser(),
        String.format("Cannot construct instance of %s, problem: %s", ClassUtil.nameOf(handledType()),
            ClassUtil.exceptionMessage(e)),
        getValueType(ctxt), e);
  }

  /** The failure reading {@code property}, with the property added to its path, as Jackson reports it. */
  private IOException propertyFailed(DeserializationContext ctxt, Exception e, String property) throws IOException {
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
