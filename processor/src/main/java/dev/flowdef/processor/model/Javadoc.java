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
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Javadoc() {}

  /** The first sentence of {@code comment} (as {@code Elements.getDocComment} returns it), or "" if none. */
  public static String firstSentence(String comment) {
    String text = description(comment);
    Matcher end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(0, end.end()) : text;
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
        String[] words = WHITESPACE.split(trimmed, 3);
        name = words.length >= 2 && words[0].equals("@param") ? words[1] : null;
        text.setLength(0);
        text.append(words.length == 3 ? words[2] : "").append(' ');
      } else if (name != null) {
        text.append(trimmed).append(' ');
      }
    }
    if (name != null) {
      params.putIfAbsent(name, plainText(text.toString()));
    }
    return params;
  }

  private static String plainText(String javadoc) {
    String text = HTML_TAG.matcher(inlineTagsAsText(javadoc)).replaceAll("");
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
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
