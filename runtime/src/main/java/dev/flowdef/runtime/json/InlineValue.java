package dev.flowdef.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * A property value the record codecs read and write themselves, with the parser's and generator's own calls: strings,
 * booleans, {@code int}, {@code long} and {@code double}, boxed or not. On the one token Jackson's deserializer takes
 * the same way ({@code VALUE_STRING} for a string, {@code VALUE_NUMBER_INT} for an int, ...), the value is read
 * directly; on any other token Jackson's deserializer reads it, so coercions and errors stay Jackson's.
 */
enum InlineValue {
  STRING(JsonToken.VALUE_STRING) {
    @Override
    Object direct(JsonParser p) throws IOException {
      return p.getText();
    }

    @Override
    void writeValue(JsonGenerator gen, Object value) throws IOException {
      gen.writeString((String) value);
    }
  },
  BOOLEAN(null) {
    @Override
    Object read(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> fallback) throws IOException {
      return p.hasToken(JsonToken.VALUE_TRUE) ? Boolean.TRUE
          : p.hasToken(JsonToken.VALUE_FALSE) ? Boolean.FALSE : GeneratedDeserializer.read(p, ctxt, fallback);
    }

    @Override
    void writeValue(JsonGenerator gen, Object value) throws IOException {
      gen.writeBoolean((Boolean) value);
    }
  },
  INT(JsonToken.VALUE_NUMBER_INT) {
    @Override
    Object direct(JsonParser p) throws IOException {
      return p.getIntValue();
    }

    @Override
    void writeValue(JsonGenerator gen, Object value) throws IOException {
      gen.writeNumber(((Integer) value).intValue());
    }
  },
  LONG(JsonToken.VALUE_NUMBER_INT) {
    @Override
    Object direct(JsonParser p) throws IOException {
      return p.getLongValue();
    }

    @Override
    void writeValue(JsonGenerator gen, Object value) throws IOException {
      gen.writeNumber(((Long) value).longValue());
    }
  },
  DOUBLE(JsonToken.VALUE_NUMBER_FLOAT) {
    @Override
    Object direct(JsonParser p) throws IOException {
      return p.getDoubleValue();
    }

    @Override
    void writeValue(JsonGenerator gen, Object value) throws IOException {
      gen.writeNumber(((Double) value).doubleValue());
    }
  };

  private final JsonToken token;

  InlineValue(JsonToken token) {
    this.token = token;
  }

  /** The inline kind of a value of declared type {@code type}, or {@code null} when Jackson's codecs handle it. */
  static InlineValue of(Type type) {
    if (type == String.class) {
      return STRING;
    } else if (type == boolean.class || type == Boolean.class) {
      return BOOLEAN;
    } else if (type == int.class || type == Integer.class) {
      return INT;
    } else if (type == long.class || type == Long.class) {
      return LONG;
    } else if (type == double.class || type == Double.class) {
      return DOUBLE;
    }
    return null;
  }

  /**
   * Reads the current value: directly on the expected token, else with {@code fallback} (Jackson's deserializer of
   * the declared type, which also gives {@code null} its meaning: {@code 0} for an {@code int}, say).
   */
  Object read(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> fallback) throws IOException {
    return p.hasToken(token) ? direct(p) : GeneratedDeserializer.read(p, ctxt, fallback);
  }

  /** The value of the current token, which is the expected one. */
  Object direct(JsonParser p) throws IOException {
    throw new UnsupportedOperationException(name());
  }

  /** Writes {@code value}, or {@code null} (a primitive is never null). */
  final void write(JsonGenerator gen, Object value) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else {
      writeValue(gen, value);
    }
  }

  abstract void writeValue(JsonGenerator gen, Object value) throws IOException;
}
