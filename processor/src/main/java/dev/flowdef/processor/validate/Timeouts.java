package dev.flowdef.processor.validate;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code @FlowDef(timeout = ...)}: a whole number and a unit ({@code 500ms}, {@code 30s}, {@code 2m},
 * {@code 1h}) or an ISO-8601 duration ({@code PT1M30S}), positive and at least a millisecond, as the runtime counts
 * them. Checked at compile time, so a typo is an error on the annotation rather than a flow without a deadline.
 */
final class Timeouts {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h)");

  private Timeouts() {}

  /** The duration written, or empty when it is not a positive one. */
  static Optional<Duration> parse(String text) {
    String trimmed = text.strip();
    Duration duration;
    Matcher matcher = SHORT.matcher(trimmed);
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      duration = switch (matcher.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
    } else {
      try {
        duration = Duration.parse(trimmed);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    try {
      long millis = duration.toMillis();
      return millis > 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
    } catch (ArithmeticException e) {
      return Optional.empty(); // more milliseconds than a long holds
    }
  }
}
