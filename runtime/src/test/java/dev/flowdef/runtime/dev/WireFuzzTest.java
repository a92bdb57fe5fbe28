package dev.flowdef.runtime.dev;

import static dev.flowdef.runtime.dev.WireChecks.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.runtime.http.FlowHandler;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Coverage-guided fuzzing (Jazzer) of what the server reads and writes on the wire: the request path (envelope
 * parsing, limits, schema validation, decoding into records, the flow's answer, SSE frames of whatever a flow
 * streams) and the NDJSON lines of dev mode's {@code runAction}. One target, so one short run in the build covers
 * both (Jazzer fuzzes one target per JVM): the first byte picks the part, the second its options, the rest is the
 * payload. A crash, a hang, or an answer {@link WireChecks} refuses is a finding.
 *
 * <p>The build replays the committed inputs ({@code WireFuzzTestInputs/anyInput}: seeds, and every input that once
 * found a bug), then fuzzes for a few seconds; README, "Fuzzing", gives the command for a longer run.
 */
class WireFuzzTest {
  private static final FlowHandler HANDLER = FuzzFlows.handler();
  /** JSON equality with numbers compared by value: 0E+99999 is written as 0, and is 0. */
  private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
      ? a.decimalValue().compareTo(b.decimalValue())
      : a.equals(b) ? 0 : 1;
  private static final String[] CONTENT_TYPES = {"application/json", null, "text/plain", "application/problem+json"};

  @FuzzTest(maxDuration = "10s")
  void anyInput(byte[] input) {
    if (input.length < 2) {
      return;
    }
    byte options = input[1];
    byte[] payload = Arrays.copyOfRange(input, 2, input.length);
    if ((input[0] & 1) == 0) {
      request(options, payload);
    } else {
      ndjsonLine(options, payload);
    }
  }

  /** A request with the payload as its body; the options pick the flow, streaming, content type and method. */
  private static void request(byte options, byte[] body) {
    String flow = FuzzFlows.NAMES.get(options & 7);
    boolean stream = (options & 8) != 0;
    String contentType = CONTENT_TYPES[(options >> 4) & 3];
    Map<String, String> headers = new LinkedHashMap<>();
    if (contentType != null) {
      headers.put("content-type", contentType);
    }
    if (stream) {
      headers.put("accept", "text/event-stream");
    }
    FuzzExchange exchange =
        new FuzzExchange((options & 64) != 0 ? "GET" : "POST", "/" + flow, null, headers, body);

    HANDLER.handle(exchange); // never throws: everything is an answer

    WireChecks.answer(exchange, flow, body);
  }

  /** A chunk as dev mode streams it: the payload as JSON when it is (option bit 0), else as UTF-16 text. */
  private static void ndjsonLine(byte options, byte[] payload) {
    Object value = (options & 1) != 0 ? jsonOrNull(payload) : null;
    if (value == null) {
      char[] text = new char[payload.length / 2];
      for (int i = 0; i < text.length; i++) {
        text[i] = (char) (((payload[2 * i] & 0xff) << 8) | (payload[2 * i + 1] & 0xff));
      }
      value = new String(text);
    }
    byte[] line;
    try {
      line = Ndjson.line(Exchanges.JSON, value);
    } catch (IOException e) {
      throw new AssertionError("a chunk could not be written as an NDJSON line", e);
    }
    check(line.length > 1 && line[line.length - 1] == '\n', "a line that does not end with one newline");
    String text = WireChecks.utf8(Arrays.copyOf(line, line.length - 1));
    check(text.indexOf('\n') < 0 && text.indexOf('\r') < 0, "a line break inside a line: " + text);
    JsonNode read = WireChecks.json(text);
    JsonNode expected = value instanceof JsonNode node ? node : Exchanges.JSON.getNodeFactory().textNode((String) value);
    check(value instanceof String string && !wellFormed(string) || read.equals(SAME_VALUE, expected),
        "the line reads back as something else: " + text);
  }

  private static JsonNode jsonOrNull(byte[] payload) {
    try {
      JsonNode json = WireChecks.STRICT.readTree(payload);
      return json == null || json.isMissingNode() ? null : json; // no JSON value at all: use the text instead
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether every surrogate in {@code text} is paired, so it has an exact UTF-8 form to read back. */
  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
