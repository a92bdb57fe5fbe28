package corpus;

import corpus.Checked.MaybeChecked;
import corpus.Checked.Measures;
import corpus.Checked.Signup;
import corpus.Containers.Deep;
import corpus.Containers.Lists;
import corpus.Containers.Maps;
import corpus.Containers.Sets;
import corpus.Enums.Code;
import corpus.Enums.Dish;
import corpus.Enums.Size;
import corpus.Enums.Spice;
import corpus.Maybe.Nullables;
import corpus.Maybe.Optionals;
import corpus.Shapes.Cat;
import corpus.Shapes.Circle;
import corpus.Shapes.Created;
import corpus.Shapes.Deleted;
import corpus.Shapes.Dog;
import corpus.Shapes.Drawing;
import corpus.Shapes.Square;
import corpus.Shop.Address;
import corpus.Shop.Catalogue;
import corpus.Shop.Company;
import corpus.Shop.Customer;
import corpus.Shop.Filtered;
import corpus.Shop.LineItem;
import corpus.Shop.Money;
import corpus.Shop.Page;
import corpus.Shop.Pair;
import corpus.Shop.Person;
import corpus.Shop.Renamed;
import corpus.Shop.TreeNode;
import corpus.Values.BigNumbers;
import corpus.Values.Boxes;
import corpus.Values.Bytes;
import corpus.Values.Identifiers;
import corpus.Values.Primitives;
import corpus.Values.Times;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Real objects of every corpus flow's input type, which Jackson writes and the flow's schema must accept. */
public final class Samples {
  private Samples() {}

  public static Map<String, List<Object>> valid() {
    Money euro = new Money(new BigDecimal("9.90"), "EUR");
    LineItem item = new LineItem("sku-1", 2, euro);
    Map<String, List<Object>> samples = new LinkedHashMap<>();
    samples.put("primitives", List.of(
        new Primitives(true, (byte) -128, (short) 32767, Integer.MIN_VALUE, Long.MAX_VALUE, 1.5f, -2.25, 'x')));
    samples.put("boxes", List.of(new Boxes(false, (byte) 1, (short) 2, 3, 4L, 5f, 6d, 'y')));
    samples.put("bigNumbers", List.of(new BigNumbers(new BigDecimal("123456789012345678901234.5"),
        new BigInteger("-123456789012345678901234567890"))));
    OffsetDateTime moment = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(1));
    samples.put("times", List.of(new Times(moment.toInstant(), moment, ZonedDateTime.of(moment.toLocalDateTime(),
        ZoneOffset.UTC), LocalDate.of(2026, 1, 2), LocalDateTime.of(2026, 1, 2, 3, 4), LocalTime.of(3, 4, 5),
        OffsetTime.of(3, 4, 5, 0, ZoneOffset.ofHours(-2)), Duration.ofMinutes(90), Period.of(1, 2, 3))));
    samples.put("identifiers", List.of(new Identifiers(new UUID(1, 2), URI.create("https://example.org/a?b=c"))));
    samples.put("bytes", List.of(new Bytes(new byte[] {0, 1, -1}, new char[] {'h', 'i'})));
    samples.put("text", List.of("", "hello"));
    samples.put("number", List.of(0, Integer.MAX_VALUE));
    samples.put("letter", List.of('z'));
    samples.put("yesNo", List.of(true, false));
    samples.put("uuid", List.of(new UUID(3, 4)));
    samples.put("bigDecimal", List.of(new BigDecimal("0.1")));
    samples.put("instant", List.of(moment.toInstant()));
    samples.put("size", List.of(Size.SMALL, Size.LARGE));
    samples.put("spice", List.of(Spice.MILD, Spice.HOT, Spice.EXTRA_HOT));
    samples.put("code", List.of(Code.ALPHA, Code.BETA));
    samples.put("level", List.of(Enums.Level.LOW, Enums.Level.HIGH));
    samples.put("dish", List.of(new Dish(Size.MEDIUM, Spice.HOT, Code.BETA)));
    samples.put("lists", List.of(new Lists(List.of("a", "b"), List.of(1, 2), new String[] {"t"},
        new int[][] {{1, 2}, {}}), new Lists(List.of(), Set.of(), new String[0], new int[0][])));
    samples.put("sets", List.of(new Sets(Set.of("a", "b"), new TreeSet<>(List.of(3, 1, 2)))));
    samples.put("maps", List.of(new Maps(Map.of("soup", 3), Map.of(Size.SMALL, "s", Size.LARGE, "l")),
        new Maps(Map.of(), Map.of())));
    samples.put("deep", List.of(new Deep(List.of(Map.of("a", List.of(1, 2)), Map.of()))));
    samples.put("names", List.of(List.of("a", "b"), List.of()));
    samples.put("prices", List.of(Map.of("soup", 4.5)));
    samples.put("sizes", List.of(Set.of(Size.SMALL, Size.MEDIUM)));
    samples.put("optionals", List.of(
        new Optionals(Optional.of("Al"), OptionalInt.of(3), OptionalLong.of(4), OptionalDouble.of(0.5),
            Optional.of(Size.SMALL)),
        new Optionals(Optional.empty(), OptionalInt.empty(), OptionalLong.empty(), OptionalDouble.empty(),
            Optional.empty())));
    samples.put("nullables", List.of(new Nullables("n", 1, "r"), new Nullables(null, null, "r")));
    samples.put("maybeText", List.of(Optional.of("x")));
    samples.put("maybeNumber", List.of(OptionalInt.of(7)));
    samples.put("money", List.of(euro));
    samples.put("lineItem", List.of(item));
    Address home = new Address("1 Main St", "Springfield");
    samples.put("customer", List.of(new Customer("Ann", home, List.of(home))));
    samples.put("page", List.of(new Page<>(List.of(item, item), 2)));
    samples.put("pair", List.of(new Pair<>("price", euro)));
    samples.put("catalogue", List.of(new Catalogue(new Page<>(List.of(euro), 1), new Pair<>(1, Size.LARGE))));
    samples.put("tree", List.of(new TreeNode("root", List.of(new TreeNode("leaf", List.of())))));
    Company acme = new Company("Acme", List.of(new Person("Bo", Optional.empty())));
    samples.put("person", List.of(new Person("Cy", Optional.of(acme))));
    samples.put("company", List.of(acme));
    samples.put("renamed", List.of(new Renamed("Ann", "hidden", null, 2), new Renamed("Bo", null, "m", 0)));
    samples.put("filtered", List.of(new Filtered("v", "i")));
    samples.put("shape", List.of(new Circle(1.5), new Square(2)));
    samples.put("circle", List.of(new Circle(0.5)));
    samples.put("event", List.of(new Created("c1"), new Deleted("d1")));
    samples.put("animal", List.of(new Cat("Tom", 9), new Dog("Rex", true)));
    samples.put("drawing", List.of(new Drawing(new Square(1), List.of(new Circle(2)))));
    samples.put("signup", List.of(new Signup("Ann", "ann@example.org", "secret-pass", "ann", 18, List.of("soup"),
        Map.of("a", "b"), 0)));
    samples.put("measures", List.of(new Measures(1, 0, -0.5, BigDecimal.ZERO, 0.5, new BigDecimal("0.01"))));
    samples.put("maybeChecked", List.of(new MaybeChecked(Optional.of("abc"), 1),
        new MaybeChecked(Optional.empty(), null)));
    return samples;
  }
}
