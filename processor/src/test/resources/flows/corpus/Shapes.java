package corpus;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Sealed interfaces of records: with a named type id, with a default one, and with none. */
public final class Shapes {
  private Shapes() {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Circle.class, name = "circle"),
    @JsonSubTypes.Type(value = Square.class, name = "square")
  })
  public sealed interface Shape permits Circle, Square {}

  public record Circle(double radius) implements Shape {}

  public record Square(double side) implements Shape {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  public sealed interface Event permits Created, Deleted {}

  @JsonTypeName("created")
  public record Created(String id) implements Event {}

  public record Deleted(String id) implements Event {}

  /** A sealed interface without type ids: Jackson writes the record as it is. */
  public sealed interface Animal permits Cat, Dog {}

  public record Cat(String name, int lives) implements Animal {}

  public record Dog(String name, boolean good) implements Animal {}

  public record Drawing(Shape main, java.util.List<Shape> others) {}
}
