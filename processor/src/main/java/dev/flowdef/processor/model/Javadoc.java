package dev.flowdef.processor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a flow's default description from its Javadoc: the first sentence, as plain text. */
public final class Javadoc {
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^}]*)}");
  private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

  private Javadoc() {}

  /** The first sentence of {@code comment} (as {@code Elements.getDocComment} returns it), or "" if none. */
  public static String firstSentence(String comment) {
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
    String text = HTML_TAG.matcher(inlineTagsAsText(body.toString())).replaceAll("");
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    Matcher end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(0, end.end()) : text;
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
