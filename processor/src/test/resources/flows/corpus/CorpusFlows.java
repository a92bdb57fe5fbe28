package corpus;

import dev.flowdef.FlowDef;
import dev.flowdef.runtime.FlowContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/** One flow per corpus type, taking it as input and returning it, so every type gets a schema in the manifest. */
public final class CorpusFlows {
  private CorpusFlows() {}

  @FlowDef
  public static Values.Primitives primitives(Values.Primitives input) {
    return input;
  }

  @FlowDef
  public static Values.Boxes boxes(Values.Boxes input) {
    return input;
  }

  @FlowDef
  public static Values.BigNumbers bigNumbers(Values.BigNumbers input) {
    return input;
  }

  @FlowDef
  public static Values.Times times(Values.Times input) {
    return input;
  }

  @FlowDef
  public static Values.Identifiers identifiers(Values.Identifiers input) {
    return input;
  }

  @FlowDef
  public static Values.Bytes bytes(Values.Bytes input) {
    return input;
  }

  @FlowDef
  public static String text(String input) {
    return input;
  }

  @FlowDef
  public static int number(int input) {
    return input;
  }

  @FlowDef
  public static char letter(char input) {
    return input;
  }

  @FlowDef
  public static boolean yesNo(boolean input) {
    return input;
  }

  @FlowDef
  public static UUID uuid(UUID input) {
    return input;
  }

  @FlowDef
  public static BigDecimal bigDecimal(BigDecimal input) {
    return input;
  }

  @FlowDef
  public static Instant instant(Instant input) {
    return input;
  }

  @FlowDef
  public static Enums.Size size(Enums.Size input) {
    return input;
  }

  @FlowDef
  public static Enums.Spice spice(Enums.Spice input) {
    return input;
  }

  @FlowDef
  public static Enums.Code code(Enums.Code input) {
    return input;
  }

  @FlowDef
  public static Enums.Level level(Enums.Level input) {
    return input;
  }

  @FlowDef
  public static Enums.Dish dish(Enums.Dish input) {
    return input;
  }

  @FlowDef
  public static Containers.Lists lists(Containers.Lists input) {
    return input;
  }

  @FlowDef
  public static Containers.Sets sets(Containers.Sets input) {
    return input;
  }

  @FlowDef
  public static Containers.Maps maps(Containers.Maps input) {
    return input;
  }

  @FlowDef
  public static Containers.Deep deep(Containers.Deep input) {
    return input;
  }

  @FlowDef
  public static List<String> names(List<String> input) {
    return input;
  }

  @FlowDef
  public static Map<String, Double> prices(Map<String, Double> input) {
    return input;
  }

  @FlowDef
  public static Set<Enums.Size> sizes(Set<Enums.Size> input) {
    return input;
  }

  @FlowDef
  public static Maybe.Optionals optionals(Maybe.Optionals input) {
    return input;
  }

  @FlowDef
  public static Maybe.Nullables nullables(Maybe.Nullables input) {
    return input;
  }

  @FlowDef
  public static Optional<String> maybeText(Optional<String> input) {
    return input;
  }

  @FlowDef
  public static OptionalInt maybeNumber(OptionalInt input) {
    return input;
  }

  @FlowDef
  public static Shop.Money money(Shop.Money input) {
    return input;
  }

  @FlowDef
  public static Shop.LineItem lineItem(Shop.LineItem input) {
    return input;
  }

  @FlowDef
  public static Shop.Customer customer(Shop.Customer input) {
    return input;
  }

  @FlowDef
  public static Shop.Page<Shop.LineItem> page(Shop.Page<Shop.LineItem> input) {
    return input;
  }

  @FlowDef
  public static Shop.Pair<String, Shop.Money> pair(Shop.Pair<String, Shop.Money> input) {
    return input;
  }

  @FlowDef
  public static Shop.Catalogue catalogue(Shop.Catalogue input) {
    return input;
  }

  @FlowDef
  public static Shop.TreeNode tree(Shop.TreeNode input) {
    return input;
  }

  @FlowDef
  public static Shop.Person person(Shop.Person input) {
    return input;
  }

  @FlowDef
  public static Shop.Company company(Shop.Company input) {
    return input;
  }

  @FlowDef
  public static Shop.Renamed renamed(Shop.Renamed input) {
    return input;
  }

  @FlowDef
  public static Shop.Filtered filtered(Shop.Filtered input) {
    return input;
  }

  @FlowDef
  public static Shapes.Shape shape(Shapes.Shape input) {
    return input;
  }

  @FlowDef
  public static Shapes.Circle circle(Shapes.Circle input) {
    return input;
  }

  @FlowDef
  public static Shapes.Event event(Shapes.Event input) {
    return input;
  }

  @FlowDef
  public static Shapes.Animal animal(Shapes.Animal input) {
    return input;
  }

  @FlowDef
  public static Shapes.Drawing drawing(Shapes.Drawing input) {
    return input;
  }

  @FlowDef
  public static Checked.Signup signup(Checked.Signup input) {
    return input;
  }

  @FlowDef
  public static Checked.Measures measures(Checked.Measures input) {
    return input;
  }

  @FlowDef
  public static Checked.MaybeChecked maybeChecked(Checked.MaybeChecked input) {
    return input;
  }

  /** Streams the price of an item, then returns a page of it: a flow whose three schemas differ. */
  @FlowDef
  public static Shop.Page<Shop.LineItem> order(Shop.LineItem input, FlowContext<Shop.Money> context) {
    context.sendChunk(input.price());
    return new Shop.Page<>(List.of(input), 1);
  }
}
