package menu;

import dev.flowdef.FlowDef;
import dev.flowdef.runtime.FlowContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

public class MenuFlows {
  public record MenuSuggestionInput(String theme) {}

  public record MenuItem(String dishname, String description) {}

  public record MenuOutput(String theme, MenuItem menuItem) {}

  /** Suggests a dish for a restaurant with the given theme. Anything after the first sentence is left out. */
  @FlowDef
  public MenuItem menuSuggestion(MenuSuggestionInput input) {
    return new MenuItem(input.theme(), "");
  }

  /** Streams a dish's description, word by word. */
  @FlowDef(name = "menu-stream")
  public MenuOutput menuStream(MenuSuggestionInput input, FlowContext<String> ctx) {
    return new MenuOutput(input.theme(), null);
  }

  @FlowDef(description = "Lists today's dishes, by course.")
  static CompletionStage<Map<String, List<MenuItem>>> dailyMenu() {
    return null;
  }

  @FlowDef
  void reset(FlowContext<Void> ctx) {}
}
