package dev.flowdef.examples.menu;

import dev.flowdef.FlowDef;
import dev.flowdef.runtime.FlowContext;
import java.util.List;

/** The menu flows of Genkit's getting-started guide, written as plain Java methods. */
public class MenuFlows {

  /** Suggests a dish for a restaurant with the given theme. */
  @FlowDef
  public MenuItem menuSuggestion(MenuSuggestionInput input) {
    return Kitchen.dishFor(input.theme());
  }

  /** Suggests a dish and streams its description word by word, as a model streams tokens. */
  @FlowDef
  public MenuOutput menuStream(MenuSuggestionInput input, FlowContext<String> ctx) {
    MenuItem item = Kitchen.dishFor(input.theme());
    String text = item.dishname() + ": " + item.description();
    for (String word : text.split("(?<= )")) {
      ctx.sendChunk(word);
    }
    return new MenuOutput(input.theme(), item);
  }

  /** Answers a question about today's menu, after retrieving it in a named step. */
  @FlowDef
  public MenuQuestionOutput menuQuestion(MenuQuestionInput input, FlowContext<Void> ctx) {
    List<MenuItem> menu = ctx.run("retrieve-daily-menu", () -> Kitchen.DAILY_MENU);
    return new MenuQuestionOutput(Kitchen.answer(input.question(), menu));
  }
}
