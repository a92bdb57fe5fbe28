package dev.flowdef.clientgen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** Java names for what the manifest names, and the names every generated file shares. */
final class Names {
  static final String GENERATOR = "dev.flowdef.clientgen";
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
  static final ClassName JSON_TYPE_INFO = ClassName.get("com.fasterxml.jackson.annotation", "JsonTypeInfo");
  static final ClassName JSON_SUB_TYPES = ClassName.get("com.fasterxml.jackson.annotation", "JsonSubTypes");

  /** The types of the client library (flowdef-client) every generated client is built on. */
  static final ClassName EXCEPTION = ClassName.get("dev.flowdef.client", "FlowClientException");
  static final ClassName STREAM = ClassName.get("dev.flowdef.client", "FlowClientStream");
  static final ClassName OPTIONS = ClassName.get("dev.flowdef.client", "FlowCallOptions");
  static final ClassName TRANSPORT = ClassName.get("dev.flowdef.client", "FlowClientTransport");
  static final ClassName BUILDER = ClassName.get("dev.flowdef.client", "FlowClientBuilder");

  // Compiled once: the generators run inside javac, often cold, where compiling a pattern per call shows.
  private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Names() {}

  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
  }

  /** A Java identifier in camel case for a JSON or flow name: {@code menu-stream} is {@code menuStream}. */
  static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '_') {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = out.length() > 0;
      }
    }
    String identifier = out.isEmpty() ? "value" : out.toString();
    if (!Character.isJavaIdentifierStart(identifier.charAt(0))) {
      identifier = "_" + identifier;
    }
    return SourceVersion.isKeyword(identifier) || identifier.equals("_") ? identifier + "_" : identifier;
  }

  /** A constant's name: {@code menuSuggestion} is {@code MENU_SUGGESTION}. */
  static String constant(String name) {
    String snake = WORD_BOUNDARY.matcher(camel(name)).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
    return snake.startsWith("_") ? "VALUE" + snake : snake;
  }

  static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Text wrapped for a Javadoc comment at about 100 columns; later lines start with {@code indent}. */
  static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    // "{@code name}" stays on one line: its space is held apart while the text is split into words
    for (String word : WHITESPACE.split(text.strip().replace("{@code ", "{@code\u0000"))) {
      word = word.replace('\u0000', ' ');
      if (column > 0 && column + 1 + word.length() > 92) {
        out.append('\n').append(indent);
        column = indent.length();
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }

  /** Keeps text from ending a Javadoc comment early; pass it with {@code $L}. */
  static String javadoc(String text) {
    return text.replace("*/", "*&#47;");
  }
}
