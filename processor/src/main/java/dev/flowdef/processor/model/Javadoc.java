package dev.flowdef.processor.model;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads descriptions from Javadoc as plain text: a flow's first sentence, a type's description, a record component's
 * {@code @param}.
 */
public final class Javadoc {
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^}]*)}");
  private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");

  private Javadoc() {}

  /** The first sentence of {@code comment} (as {@code Elements.getDocComment} returns it), or "" if none. */
  public static String firstSentence(String comment) {
    String text = description(comment);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || isSpace(text.charAt(i + 1)))) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  /** The main description of {@code comment}, before its block tags, as plain text on one line; "" if none. */
  public static String description(String comment) {
    if (comment == null) {
      return "";
    }
    StringBuilder body = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("@")) {
        break; // block tags (@param, @return, ...) end the description
      }
      body.append(trimmed).append(' ');
    }
    return plainText(body.toString());
  }

  /**
   * The text of every {@code @param} in {@code comment}, by name, as plain text on one line: read once for a record's
   * components, rather than the whole comment once per component. The first of a name repeated wins.
   */
  public static Map<String, String> params(String comment) {
    Map<String, String> params = new HashMap<>();
    if (comment == null) {
      return params;
    }
    String name = null;
    StringBuilder text = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("@")) {
        if (name != null) {
          params.putIfAbsent(name, plainText(text.toString())); // the next block tag ends this one
        }
        int tagEnd = nextSpace(trimmed, 0);
        int nameEnd = nextSpace(trimmed, skipSpaces(trimmed, tagEnd));
        boolean param = trimmed.substring(0, tagEnd).equals("@param") && tagEnd < trimmed.length();
        name = param ? trimmed.substring(skipSpaces(trimmed, tagEnd), nameEnd) : null;
        text.setLength(0);
        text.append(param ? trimmed.substring(skipSpaces(trimmed, nameEnd)) : "").append(' ');
      } else if (name != null) {
        text.append(trimmed).append(' ');
      }
    }
    if (name != null) {
      params.putIfAbsent(name, plainText(text.toString()));
    }
    return params;
  }

  /** The text without tags and entities, its runs of whitespace as one space; the usual plain text skips each step. */
  private static String plainText(String javadoc) {
    String text = javadoc.contains("{@") ? inlineTagsAsText(javadoc) : javadoc;
    if (text.indexOf('<') >= 0) {
      text = HTML_TAG.matcher(text).replaceAll("");
    }
    if (text.indexOf('&') >= 0) {
      text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
    StringBuilder plain = new StringBuilder(text.length());
    boolean spaceBefore = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        spaceBefore = true;
      } else {
        if (spaceBefore && plain.length() > 0) {
          plain.append(' ');
        }
        spaceBefore = false;
        plain.append(c);
      }
    }
    return plain.toString().strip();
  }

  /** Whitespace as a regular expression's {@code \s} means it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The index of the first whitespace at or after {@code from}, or the text's length. */
  private static int nextSpace(String text, int from) {
    int i = from;
    while (i < text.length() && !isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index of the first non-whitespace at or after {@code from}, or the text's length. */
  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String inlineTagsAsText(String text) {
    Matcher tag = INLINE_TAG.matcher(text);
    StringBuilder out = new StringBuilder();
    while (tag.find()) {
      String argument = tag.group(2).strip();
      if (tag.group(1).startsWith("link")) {
        // {@link Type#member label} reads as its label, or as the member or type it names
        int space = argument.indexOf(' ');
        argument = space >= 0 ? argument.substring(space + 1).strip() : argument.substring(argument.indexOf('#') + 1);
      }
      tag.appendReplacement(out, Matcher.quoteReplacement(argument));
    }
    tag.appendTail(out);
    return out.toString();
  }
}
