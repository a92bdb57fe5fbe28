package menu;

import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowBinding;
import dev.flowdef.runtime.FlowContext;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowDispatcher;
import dev.flowdef.runtime.Types;
import dev.flowdef.runtime.json.JsonCodec;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The flows of {@link MenuFlows}, bound for Flowdef's runtime: a descriptor per flow, and the code that calls it.
 */
@Generated("dev.flowdef.processor.FlowProcessor")
public final class MenuFlows_Flows implements FlowBinding {
  /**
   * The {@code menuSuggestion} flow: Suggests a dish for a restaurant with the given theme.
   */
  public static final FlowDescriptor<MenuFlows.MenuSuggestionInput, MenuFlows.MenuItem, Void> MENU_SUGGESTION =
      new FlowDescriptor<MenuFlows.MenuSuggestionInput, MenuFlows.MenuItem, Void>(
          "menuSuggestion",
          "Suggests a dish for a restaurant with the given theme.",
          MenuFlows.MenuSuggestionInput.class,
          MenuFlows.MenuItem.class,
          Void.class);

  /**
   * The {@code menu-stream} flow: Streams a dish's description, word by word.
   */
  public static final FlowDescriptor<MenuFlows.MenuSuggestionInput, MenuFlows.MenuOutput, String> MENU_STREAM =
      new FlowDescriptor<MenuFlows.MenuSuggestionInput, MenuFlows.MenuOutput, String>(
          "menu-stream",
          "Streams a dish's description, word by word.",
          MenuFlows.MenuSuggestionInput.class,
          MenuFlows.MenuOutput.class,
          String.class);

  /**
   * The {@code dailyMenu} flow: Lists today's dishes, by course.
   */
  public static final FlowDescriptor<Void, Map<String, List<MenuFlows.MenuItem>>, Void> DAILY_MENU =
      new FlowDescriptor<Void, Map<String, List<MenuFlows.MenuItem>>, Void>(
          "dailyMenu",
          "Lists today's dishes, by course.",
          Void.class,
          Types.parameterized(Map.class, String.class, Types.parameterized(List.class, MenuFlows.MenuItem.class)),
          Void.class);

  /**
   * The {@code reset} flow.
   */
  public static final FlowDescriptor<Void, Void, Void> RESET =
      new FlowDescriptor<Void, Void, Void>(
          "reset",
          "",
          Void.class,
          Void.class,
          Void.class);

  private final MenuFlows target;

  /**
   * Binds the flows to a new {@link MenuFlows}.
   */
  public MenuFlows_Flows() {
    this(new MenuFlows());
  }

  /**
   * Binds the flows to {@code target}, for instances made by hand or by a DI container.
   */
  public MenuFlows_Flows(MenuFlows target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  @Override
  public List<Flow<?, ?, ?>> flows() {
    return Flow.dispatching(this::call, MENU_SUGGESTION, MENU_STREAM, DAILY_MENU, RESET);
  }

  /**
   * Calls the flow at {@code index} in {@link #flows()} with its input and context.
   */
  @SuppressWarnings("unchecked")
  private Object call(int index, Object input, FlowContext<?> context) throws Exception {
    return switch (index) {
      case 0 -> target.menuSuggestion((MenuFlows.MenuSuggestionInput) input);
      case 1 -> target.menuStream((MenuFlows.MenuSuggestionInput) input,
          (FlowContext<String>) context);
      case 2 -> FlowDispatcher.pending(MenuFlows.dailyMenu());
      case 3 -> {
        target.reset((FlowContext<Void>) context);
        yield null;
      }
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  @Override
  public List<JsonCodec> jsonCodecs() {
    return JsonCodec.link(MethodHandles.lookup(), getClass().getResourceAsStream("MenuFlows_Flows.codecs.json"));
  }

  /**
   * The version of the runtime's contract this binding was generated for: the registry checks it first.
   */
  @Override
  public int generatedFormat() {
    return 1;
  }
}
