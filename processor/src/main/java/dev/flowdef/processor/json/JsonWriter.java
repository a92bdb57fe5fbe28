package dev.flowdef.processor.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON from maps, lists, strings, numbers, booleans and {@code null}, indented by two spaces, keys in the
 * maps' order: the processor's only JSON need, so it carries no JSON library onto users' processor paths.
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final boolean oneLine;

  private JsonWriter(boolean oneLine) {
    this.oneLine = oneLine;
  }

  /** {@code value} as indented JSON, ending with a newline. */
  public static String write(Object value) {
    JsonWriter writer = new JsonWriter(false);
    writer.value(value, 0);
    return writer.out.append('\n').toString();
  }

  /** {@code value} as JSON on one line, a space after each comma and colon: {@code {"a": [1, 2]}}. */
  public static String writeCompact(Object value) {
    JsonWriter writer = new JsonWriter(true);
    writer.value(value, 0);
    return writer.out.toString();
  }

  private void value(Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String string) {
      string(string);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof java.math.BigInteger) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Map<?, ?> map) {
      object(map, depth);
    } else if (value instanceof List<?> list) {
      array(list, depth);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private void object(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(separator);
      newLine(depth + 1);
      string((String) entry.getKey());
      out.append(": ");
      value(entry.getValue(), depth + 1);
      separator = oneLine ? ", " : ",";
    }
    newLine(depth);
    out.append('}');
  }

  private void array(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    boolean scalars = list.stream().noneMatch(item -> item instanceof Map || item instanceof List);
    if (scalars) { // short lists of names read best on one line: "required": ["a", "b"]
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        value(list.get(i), depth + 1);
      }
      out.append(']');
      return;
    }
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(oneLine ? ", " : ",");
      }
      newLine(depth + 1);
      value(list.get(i), depth + 1);
    }
    newLine(depth);
    out.append(']');
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A line break and the indentation of {@code depth}, unless everything is on one line. */
  private void newLine(int depth) {
    if (!oneLine) {
      out.append('\n').append("  ".repeat(depth));
    }
  }
}
