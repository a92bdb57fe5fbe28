package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flowdef.runtime.FlowStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * What the fuzzer holds every answer to: exactly one answer; a JSON body or well-formed server-sent-event frames in
 * valid UTF-8; an error is {@code {"error": {"status", "message", "details"?}}} with the HTTP code of its status;
 * no 5xx for anything a client sent; and no trace of the server's insides (exception names, stack frames, Java
 * packages) unless the client sent those very words.
 */
final class WireChecks {
  /** Refuses duplicate keys; reads fractions as BigDecimal, so a number like 1e999 reads back as itself. */
  static final ObjectMapper STRICT = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final List<String> INSIDES =
      List.of("Exception", "\tat ", "dev.flowdef", "java.", "javax.", "com.fasterxml", "com.networknt", "sun.");
  /** Refusals whose HTTP code is not their status's own (Flowdef's choice 5). */
  private static final Set<String> OWN_CODES = Set.of("405 UNIMPLEMENTED", "413 RESOURCE_EXHAUSTED",
      "415 INVALID_ARGUMENT");

  private WireChecks() {}

  static void answer(FuzzExchange exchange, String flow, byte[] request) {
    check(exchange.answers == 1, "answered " + exchange.answers + " times");
    String body = utf8(exchange.responseBody.toByteArray());
    String sent = new String(request, StandardCharsets.ISO_8859_1) + utf8Lenient(request);
    for (String inside : INSIDES) {
      check(!body.contains(inside) || sent.contains(inside), "the answer shows '" + inside + "': " + body);
    }
    if (exchange.streamed) {
      check(exchange.status == 200, "a stream with status " + exchange.status);
      frames(body, flow);
      return;
    }
    check("application/json".equals(exchange.responseHeaders.get("content-type")), "not JSON: " + body);
    JsonNode answer = json(body);
    check(answer.isObject() && answer.size() == 1, "not one key: " + body);
    if (exchange.status == 200) {
      check(answer.has("result"), "200 without a result: " + body);
    } else {
      error(answer.get("error"), exchange.status, flow, body);
    }
  }

  /** {@code data: <json>\n\n} frames: messages, then exactly one result or error. */
  private static void frames(String body, String flow) {
    check(body.endsWith("\n\n"), "a stream that does not end with a frame: " + body);
    String[] frames = body.substring(0, body.length() - 2).split("\n\n", -1);
    for (int i = 0; i < frames.length; i++) {
      String frame = frames[i];
      check(frame.startsWith("data: ") && frame.indexOf('\n') < 0 && frame.indexOf('\r') < 0,
          "a malformed frame: " + frame);
      JsonNode json = json(frame.substring(6));
      check(json.isObject() && json.size() == 1, "a frame without one key: " + frame);
      boolean last = i == frames.length - 1;
      if (!last) {
        check(json.has("message"), "a frame before the end that is not a message: " + frame);
      } else if (!json.has("result")) {
        error(json.get("error"), 0, flow, frame);
      }
    }
  }

  private static void error(JsonNode error, int httpStatus, String flow, String body) {
    check(error != null && error.isObject() && error.get("status") != null && error.get("message") != null
        && error.get("message").isTextual(), "not an error object: " + body);
    FlowStatus status;
    try {
      status = FlowStatus.valueOf(error.get("status").asText());
    } catch (IllegalArgumentException e) {
      throw new AssertionError("an unknown status: " + body, e);
    }
    if (httpStatus != 0) {
      check(httpStatus == status.httpStatus() || OWN_CODES.contains(httpStatus + " " + status),
          httpStatus + " does not go with " + status + ": " + body);
    }
    boolean failsOnPurpose = flow.equals("fail");
    int code = httpStatus != 0 ? httpStatus : status.httpStatus();
    check(code < 500 || failsOnPurpose, "a server error for what a client sent: " + body);
    if (status == FlowStatus.INTERNAL && !failsOnPurpose) {
      check(error.get("message").asText().equals("Internal Error"), "an internal error with its text: " + body);
    }
  }

  static JsonNode json(String text) {
    try {
      return STRICT.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not well-formed JSON: " + text, e);
    }
  }

  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("not valid UTF-8", e);
    }
  }

  private static String utf8Lenient(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static void check(boolean condition, String problem) {
    if (!condition) {
      throw new AssertionError(problem);
    }
  }
}
