package menu;

import dev.flowdef.runtime.json.JsonCodec;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Jackson codecs of the records and enums the flows of {@link MenuFlows} read and write, as tables for the
 * runtime's codecs, which read requests and write answers without reflection, as Jackson's own would.
 */
@Generated("dev.flowdef.processor.FlowProcessor")
final class MenuFlows_Json {
  /**
   * The codecs, in the order the flows first use their types.
   */
  static final List<JsonCodec> CODECS = List.of(
      JsonCodec.record(MenuFlows.MenuSuggestionInput.class)
          .property("theme", String.class, MenuFlows.MenuSuggestionInput::theme)
          .constructor(values -> new MenuFlows.MenuSuggestionInput((String) values[0])),
      JsonCodec.record(MenuFlows.MenuItem.class)
          .property("dishname", String.class, MenuFlows.MenuItem::dishname)
          .property("description", String.class, MenuFlows.MenuItem::description)
          .constructor(values -> new MenuFlows.MenuItem((String) values[0], (String) values[1])),
      JsonCodec.record(MenuFlows.MenuOutput.class)
          .property("theme", String.class, MenuFlows.MenuOutput::theme)
          .property("menuItem", MenuFlows.MenuItem.class, MenuFlows.MenuOutput::menuItem)
          .constructor(values -> new MenuFlows.MenuOutput((String) values[0],
              (MenuFlows.MenuItem) values[1])));

  private MenuFlows_Json() {
  }
}
