package dev.flowdef.clientgen.typescript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Lines of TypeScript with indentation and doc comments, and the literals they need. */
final class TsWriter {
  private static final int WIDTH = 110;
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final StringBuilder text = new StringBuilder();
  private String indent = "";

  TsWriter line(String line) {
    text.append(line.isEmpty() ? "" : indent).append(line).append('\n');
    return this;
  }

  TsWriter blank() {
    return line("");
  }

  TsWriter in() {
    indent += "  ";
    return this;
  }

  TsWriter out() {
    indent = indent.substring(2);
    return this;
  }

  TsWriter raw(String block) {
    text.append(block);
    return this;
  }

  /** A doc comment: one line when it fits, else wrapped. */
  TsWriter doc(String comment) {
    String safe = comment.replace("*/", "*\\/").strip();
    if (safe.isEmpty()) {
      return this;
    }
    if (indent.length() + safe.length() + 7 <= WIDTH && !safe.contains("\n")) {
      return line("/** " + safe + " */");
    }
    line("/**");
    for (String paragraph : safe.split("\n")) {
      for (String wrapped : wrap(paragraph, WIDTH - indent.length() - 3)) {
        line(wrapped.isEmpty() ? " *" : " * " + wrapped);
      }
    }
    return line(" */");
  }

  private static List<String> wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : SPACES.split(paragraph.strip())) {
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        lines.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(word);
    }
    lines.add(current.toString());
    return lines;
  }

  /** A JSON (and so TypeScript) string literal. */
  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A property name: bare when it is an identifier, else quoted. */
  static String propertyName(String name) {
    return IDENTIFIER.matcher(name).matches() ? name : string(name);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
