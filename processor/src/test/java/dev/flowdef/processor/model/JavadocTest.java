package dev.flowdef.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Javadoc as {@code Elements.getDocComment} returns it: the leading stars gone, a line per line. */
class JavadocTest {
  private static final String RECORD = """
       An order, as the kitchen takes it.

       @param dish what is ordered, {@code "soup"} or
           {@link Menu#dishes one of the dishes}
       @see Menu
       @param count how many, <b>at least</b> one, &lt; 100
       @param count a second text for the same name
       @param
       @param notes
      """;

  @Test
  void readsEveryParamOnceAsPlainText() {
    assertEquals(Map.of("dish", "what is ordered, \"soup\" or one of the dishes",
        "count", "how many, at least one, < 100", "notes", ""), Javadoc.params(RECORD));
  }

  @Test
  void readsNoParamsWithoutAComment() {
    assertEquals(Map.of(), Javadoc.params(null));
  }

  @Test
  void separatesTagNameAndTextByAnyWhitespace() {
    assertEquals(Map.of("name", "the name, in full"),
        Javadoc.params("Named.\n@param\tname \t the\tname,  in \u000B full\n"));
  }

  @Test
  void endsTheFirstSentenceAtAStopBeforeWhitespaceOrTheEnd() {
    assertEquals("Version 1.2 is out!", Javadoc.firstSentence("Version 1.2 is out! Read on."));
    assertEquals("Why not?", Javadoc.firstSentence("Why\tnot?"));
    assertEquals("No stop at all", Javadoc.firstSentence("No stop at all"));
  }

  @Test
  void describesUpToTheFirstBlockTag() {
    assertEquals("An order, as the kitchen takes it.", Javadoc.description(RECORD));
    assertEquals("An order, as the kitchen takes it.", Javadoc.firstSentence(RECORD + "More."));
  }
}
