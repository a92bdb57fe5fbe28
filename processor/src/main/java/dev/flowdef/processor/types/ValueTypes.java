package dev.flowdef.processor.types;

import dev.flowdef.processor.types.JsonType.BooleanType;
import dev.flowdef.processor.types.JsonType.IntegerType;
import dev.flowdef.processor.types.JsonType.NullableType;
import dev.flowdef.processor.types.JsonType.NumberType;
import dev.flowdef.processor.types.JsonType.StringType;
import java.util.Map;
import java.util.Optional;

/**
 * The JDK types Jackson writes as one JSON value, by qualified name. {@code java.time} types are written as ISO-8601
 * strings (Jackson's {@code JavaTimeModule} with timestamps off), with the JSON Schema {@code format} that matches
 * where one exists: {@code date-time} needs an offset, so local date-times and times have none.
 */
final class ValueTypes {
  static final StringType CHARACTER = new StringType(null, 1, 1, null);
  static final StringType BASE64 = new StringType(null, null, null, "base64");

  private static final Map<String, JsonType> BY_NAME = Map.ofEntries(
      Map.entry("java.lang.String", StringType.PLAIN),
      Map.entry("java.lang.Character", CHARACTER),
      Map.entry("java.lang.Boolean", new BooleanType()),
      Map.entry("java.lang.Byte", IntegerType.bits(8)),
      Map.entry("java.lang.Short", IntegerType.bits(16)),
      Map.entry("java.lang.Integer", IntegerType.bits(32)),
      Map.entry("java.lang.Long", IntegerType.bits(64)),
      Map.entry("java.lang.Float", new NumberType()),
      Map.entry("java.lang.Double", new NumberType()),
      Map.entry("java.math.BigDecimal", new NumberType()),
      Map.entry("java.math.BigInteger", new IntegerType(null, null)),
      Map.entry("java.util.OptionalInt", new NullableType(IntegerType.bits(32))),
      Map.entry("java.util.OptionalLong", new NullableType(IntegerType.bits(64))),
      Map.entry("java.util.OptionalDouble", new NullableType(new NumberType())),
      Map.entry("java.util.UUID", StringType.withFormat("uuid")),
      Map.entry("java.net.URI", StringType.withFormat("uri")),
      Map.entry("java.net.URL", StringType.withFormat("uri")),
      Map.entry("java.time.Instant", StringType.withFormat("date-time")),
      Map.entry("java.time.OffsetDateTime", StringType.withFormat("date-time")),
      Map.entry("java.time.ZonedDateTime", StringType.withFormat("date-time")),
      Map.entry("java.time.LocalDate", StringType.withFormat("date")),
      Map.entry("java.time.OffsetTime", StringType.withFormat("time")),
      Map.entry("java.time.LocalDateTime", StringType.PLAIN),
      Map.entry("java.time.LocalTime", StringType.PLAIN),
      Map.entry("java.time.Duration", StringType.withFormat("duration")),
      Map.entry("java.time.Period", StringType.withFormat("duration")));

  Optional<JsonType> of(String qualifiedName) {
    return Optional.ofNullable(BY_NAME.get(qualifiedName));
  }
}
