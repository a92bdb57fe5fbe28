package dev.flowdef.processor.model;

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

  /** The text of {@code @param name} in {@code comment}, as plain text on one line; "" if none. */
  public static String param(String comment, String name) {
    if (comment == null) {
      return "";
    }
    StringBuilder text = null;
    for (String line : comment.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("@")) {
        if (text != null) {
          break; // the next block tag ends this one
        }
        String[] words = trimmed.split("\\s+", 3);
        if (words.length >= 2 && words[0].equals("@param") && words[1].equals(name)) {
          text = new StringBuilder(words.length == 3 ? words[2] : "").append(' ');
        }
      } else if (text != null) {
        text.append(trimmed).append(' ');
      }
    }
    return text == null ? "" : plainText(text.toString());
  }

  private static String plainText(String javadoc) {
    String text = HTML_TAG.matcher(inlineTagsAsText(javadoc)).replaceAll("");
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
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
