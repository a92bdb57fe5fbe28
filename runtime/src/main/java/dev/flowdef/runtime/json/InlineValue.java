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
  STRING(JsonToken.VALUE_STRING, JsonParser::getText, (gen, value) -> gen.writeString((String) value)),
  BOOLEAN(JsonToken.VALUE_TRUE, p -> Boolean.TRUE, (gen, value) -> gen.writeBoolean((Boolean) value)),
  INT(JsonToken.VALUE_NUMBER_INT, JsonParser::getIntValue,
      (gen, value) -> gen.writeNumber(((Integer) value).intValue())),
  LONG(JsonToken.VALUE_NUMBER_INT, JsonParser::getLongValue,
      (gen, value) -> gen.writeNumber(((Long) value).longValue())),
  DOUBLE(JsonToken.VALUE_NUMBER_FLOAT, JsonParser::getDoubleValue,
      (gen, value) -> gen.writeNumber(((Double) value).doubleValue()));

  /** Reads the value of the expected token. */
  private interface Reader {
    Object read(JsonParser p) throws IOException;
  }

  /** Writes a value that is not {@code null}. */
  private interface Writer {
    void write(JsonGenerator gen, Object value) throws IOException;
  }

  private final JsonToken token;
  private final Reader reader;
  private final Writer writer;

  InlineValue(JsonToken token, Reader reader, Writer writer) {
    this.token = token;
    this.reader = reader;
    this.writer = writer;
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
   * Reads the current value: directly on the expected token ({@code true} or {@code false} for a boolean), else with
   * {@code fallback}, Jackson's deserializer of the declared type, which also gives {@code null} its meaning ({@code 0}
   * for an {@code int}, say).
   */
  Object read(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> fallback) throws IOException {
    if (p.hasToken(token)) {
      return reader.read(p);
    }
    if (this == BOOLEAN && p.hasToken(JsonToken.VALUE_FALSE)) {
      return Boolean.FALSE;
    }
    return GeneratedDeserializer.read(p, ctxt, fallback);
  }

  /** Writes {@code value}, or {@code null} (a primitive is never null). */
  void write(JsonGenerator gen, Object value) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else {
      writer.write(gen, value);
    }
  }
}
