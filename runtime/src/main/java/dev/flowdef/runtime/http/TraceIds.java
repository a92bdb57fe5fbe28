package dev.flowdef.runtime.http;

import java.util.concurrent.ThreadLocalRandom;

/** W3C trace-context ids (32 and 16 lower-case hex digits, never all zero) for the headers of a flow call. */
final class TraceIds {
  private TraceIds() {}

  static String traceId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return hex(random.nextLong() | 1L) + hex(random.nextLong());
  }

  static String spanId() {
    return hex(ThreadLocalRandom.current().nextLong() | 1L);
  }

  private static String hex(long value) {
    String digits = Long.toHexString(value);
    return "0".repeat(16 - digits.length()) + digits;
  }
}
