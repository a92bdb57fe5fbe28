package corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** Enums: plain, renamed with @JsonProperty, and written through @JsonValue. */
public final class Enums {
  private Enums() {}

  /** A dish's size. */
  public enum Size { SMALL, MEDIUM, LARGE }

  public enum Spice {
    @JsonProperty("mild") MILD,
    @JsonProperty("hot") HOT,
    EXTRA_HOT
  }

  public enum Code {
    ALPHA("a-1"),
    BETA("b-2");

    private final String code;

    Code(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }

  public enum Level {
    LOW(1),
    HIGH(2);

    @JsonValue private final int weight;

    Level(int weight) {
      this.weight = weight;
    }
  }

  public record Dish(Size size, Spice spice, Code code) {}
}
