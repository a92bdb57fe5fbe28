package codec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.flowdef.FlowDef;
import dev.flowdef.runtime.FlowContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/** Flows whose types exercise the generated codecs: every kind of component, and types that stay with Jackson. */
public class CodecFlows {
  /** Plain values, boxed and not. */
  public record Scalars(String text, boolean flag, Boolean maybeFlag, int count, Integer maybeCount, long big,
      Long maybeBig, double ratio, Double maybeRatio) {}

  /** Values the generated code hands to Jackson's deserializers. */
  public record Others(float f, short s, byte b, char c, BigDecimal decimal, BigInteger integer, UUID id,
      Instant at, byte[] bytes) {}

  public enum Course {
    @JsonProperty("starter") STARTER,
    MAIN,
    @JsonProperty("dessert-ish") DESSERT
  }

  /** An enum written through @JsonValue: Jackson keeps it. */
  public enum Code {
    ALPHA("a-1"), BETA("b-2");

    private final String code;

    Code(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }

  /** Containers, nested records and enums, renames, Optional. */
  public record Order(
      @JsonProperty("order_id") String id,
      Course course,
      Code code,
      List<Line> lines,
      Map<String, List<Integer>> counts,
      Set<Course> courses,
      String[] tags,
      Optional<String> note,
      OptionalInt table,
      Line first) {}

  public record Line(String item, int quantity) {
    public Line {
      if (quantity < 0) {
        throw new IllegalArgumentException("quantity must not be negative");
      }
    }
  }

  /** Jackson keeps a record with an ignored component. */
  public record Hidden(String shown, @JsonIgnore String hidden) {}

  /** A component named like a Java local of the generated code. */
  public record Awkward(String property, int p, String unknown, Optional<Awkward> record) {}

  public record Empty() {}

  @FlowDef
  public Scalars scalars(Scalars input) {
    return input;
  }

  @FlowDef
  public Others others(Others input) {
    return input;
  }

  @FlowDef
  public Order order(Order input, FlowContext<Line> ctx) {
    return input;
  }

  @FlowDef
  public Course course(Course input) {
    return input;
  }

  @FlowDef
  public Hidden hidden(Hidden input) {
    return input;
  }

  @FlowDef
  public Awkward awkward(Awkward input) {
    return input;
  }

  @FlowDef
  public Empty empty(Empty input) {
    return input;
  }
}
