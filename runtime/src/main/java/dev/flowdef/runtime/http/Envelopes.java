package dev.flowdef.runtime.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.flowdef.runtime.FlowStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;

/**
 * Writes the protocol's JSON objects, compact: {@code {"result": ...}}, {@code {"message": ...}} and
 * {@code {"error": {"status", "message", "details"?}}}, either bare or as a server-sent-event frame
 * ({@code data: <json>\n\n}, exactly what Genkit's client parses).
 */
final class Envelopes {
  private static final System.Logger LOG = System.getLogger(Envelopes.class.getName());
  private static final byte[] FRAME_START = "data: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FRAME_END = "\n\n".getBytes(StandardCharsets.US_ASCII);

  private final ObjectMapper mapper;

  Envelopes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@code {"<key>": value}}, the value written by {@code writer} (which knows its declared type). */
  byte[] wrap(String key, ObjectWriter writer, Object value, boolean asFrame) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    if (asFrame) {
      bytes.write(FRAME_START);
    }
    try (JsonGenerator json = mapper.getFactory().createGenerator(bytes)) {
      json.writeStartObject();
      json.writeFieldName(key);
      writer.writeValue(json, value);
      json.writeEndObject();
    }
    if (asFrame) {
      bytes.write(FRAME_END);
    }
    return bytes.toByteArray();
  }

  /**
   * {@code {"error": {"status", "message", "details"?}}}. Details that cannot be written as JSON are left out (and
   * logged), so an error always has a body.
   */
  byte[] error(FlowStatus status, String message, Object details, boolean asFrame) {
    try {
      return writeError(status, message, details, asFrame);
    } catch (IOException e) {
      LOG.log(Level.WARNING,
          () -> "The details of a " + status + " error could not be written as JSON; sent without", e);
      try {
        return writeError(status, message, null, asFrame);
      } catch (IOException impossible) {
        throw new IllegalStateException("writing a plain error object failed", impossible);
      }
    }
  }

  private byte[] writeError(FlowStatus status, String message, Object details, boolean asFrame) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    if (asFrame) {
      bytes.write(FRAME_START);
    }
    try (JsonGenerator json = mapper.getFactory().createGenerator(bytes)) {
      json.writeStartObject();
      json.writeObjectFieldStart("error");
      json.writeStringField("status", status.name());
      json.writeStringField("message", message == null ? status.name() : message);
      if (details != null) {
        json.writeFieldName("details");
        mapper.writeValue(json, details);
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    if (asFrame) {
      bytes.write(FRAME_END);
    }
    return bytes.toByteArray();
  }
}
