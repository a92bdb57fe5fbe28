package corpus;

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
import java.time.ZonedDateTime;
import java.util.UUID;

/** Records of JSON values: primitives, boxes, big numbers, time, identifiers, bytes. */
public final class Values {
  private Values() {}

  public record Primitives(boolean flag, byte b, short s, int i, long l, float f, double d, char c) {}

  public record Boxes(Boolean flag, Byte b, Short s, Integer i, Long l, Float f, Double d, Character c) {}

  public record BigNumbers(BigDecimal amount, BigInteger count) {}

  public record Times(Instant instant, OffsetDateTime offsetDateTime, ZonedDateTime zonedDateTime, LocalDate date,
      LocalDateTime localDateTime, LocalTime localTime, OffsetTime offsetTime, Duration duration, Period period) {}

  public record Identifiers(UUID id, URI link) {}

  public record Bytes(byte[] data, char[] letters) {}
}
