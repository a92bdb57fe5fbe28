package dev.flowdef.processor.types;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The JSON shape of a Java type, as Jackson writes it: what the schema builder turns into JSON Schema. Records, enums
 * and sealed interfaces are {@link Named} and appear where they are used as a {@link Ref}, so recursive and shared
 * types are described once.
 */
public sealed interface JsonType {

  /** A JSON string, with the {@code format} and length bounds its Java type implies. */
  record StringType(String format, Integer minLength, Integer maxLength, String contentEncoding)
      implements JsonType {
    public static final StringType PLAIN = new StringType(null, null, null, null);

    public static StringType withFormat(String format) {
      return new StringType(format, null, null, null);
    }
  }

  /** A JSON integer within the bounds of its Java type; {@code null} bounds for {@code BigInteger}. */
  record IntegerType(BigInteger minimum, BigInteger maximum) implements JsonType {
    public static IntegerType bits(int bits) {
      BigInteger limit = BigInteger.ONE.shiftLeft(bits - 1);
      return new IntegerType(limit.negate(), limit.subtract(BigInteger.ONE));
    }
  }

  /** A JSON number: {@code float}, {@code double}, {@code BigDecimal}. */
  record NumberType() implements JsonType {}

  /** A JSON boolean: {@code boolean} and {@code Boolean}. */
  record BooleanType() implements JsonType {}

  /** A JSON array: collections and Java arrays; {@code unique} for sets. */
  record ArrayType(JsonType items, boolean unique) implements JsonType {}

  /** A JSON object used as a map: any string keys, or only the values of an enum. */
  record MapType(Optional<Ref> enumKeys, JsonType values) implements JsonType {}

  /** A value that may also be {@code null}: {@code Optional<T>}, {@code OptionalInt} and the like. */
  record NullableType(JsonType value) implements JsonType {}

  /** A use of a named type, described once in the schema's {@code $defs}. */
  record Ref(String id) implements JsonType {}

  /** A type described once, under its id, and referred to where it is used. */
  sealed interface Named extends JsonType {
    /** The key in {@code $defs}: the qualified name, with type arguments for a generic record. */
    String id();

    TypeElement element();
  }

  /**
   * A record: an object with a property per component that Jackson writes. A record that implements a sealed
   * interface with {@code @JsonTypeInfo} also carries the type id Jackson adds.
   */
  record ObjectType(String id, TypeElement element, List<Property> properties, Optional<Discriminator> discriminator)
      implements Named {}

  /** The type id Jackson writes into a subtype's object: the property's name and this subtype's value. */
  record Discriminator(String property, String value) {}

  /**
   * An enum: the values Jackson writes for its constants, names or {@code @JsonProperty} renames (strings), or with
   * {@code @JsonValue} the member's values, of {@code valueType}; no values if they cannot be read at compile time.
   */
  record EnumType(String id, TypeElement element, List<Object> values, Optional<JsonType> valueType)
      implements Named {}

  /**
   * A sealed interface: exactly one of its permitted records when Jackson writes a type id that tells them apart,
   * otherwise any of them.
   */
  record UnionType(String id, TypeElement element, List<Ref> variants, boolean exclusive) implements Named {}
}
