package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The lines of {@code runAction}'s streamed answer, as Genkit's CLI reads them: each chunk one compact JSON value
 * and a newline, so no line break may appear inside one (JSON escapes them in strings); the final object follows
 * without a newline.
 */
final class Ndjson {
  private Ndjson() {}

  /** {@code value} as compact JSON and one {@code \n}. */
  static byte[] line(ObjectMapper json, Object value) throws JsonProcessingException {
    byte[] written = json.writeValueAsBytes(value);
    byte[] line = new byte[written.length + 1];
    System.arraycopy(written, 0, line, 0, written.length);
    line[written.length] = '\n';
    return line;
  }
}
