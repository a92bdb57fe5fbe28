package dev.flowdef.runtime.http;

import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/** The API-key check behind {@link ContextProvider#apiKey(String)}, with Genkit's statuses and messages. */
final class ApiKeyProvider implements ContextProvider {
  /** The SHA-256 of the expected key, so keys of any length compare as 32 bytes; {@code null} when unchecked. */
  private final byte[] expected;

  /** {@code expected == null} passes any key through unchecked. */
  ApiKeyProvider(String expected) {
    if (expected != null && expected.isEmpty()) {
      throw new IllegalArgumentException("an API key must not be empty");
    }
    this.expected = expected == null ? null : sha256(expected);
  }

  @Override
  public Map<String, Object> provide(RequestData request) {
    String key = request.header("authorization");
    if (expected != null) {
      if (key == null) {
        throw new FlowException(FlowStatus.UNAUTHENTICATED, "Unauthenticated");
      }
      // Constant time over digests of equal length, so the time to reject tells an attacker neither how much of the
      // key matched nor how long it is.
      if (!MessageDigest.isEqual(expected, sha256(key))) {
        throw new FlowException(FlowStatus.PERMISSION_DENIED, "Permission Denied");
      }
    }
    return Map.of("auth", key == null ? Map.of() : Map.of("apiKey", key));
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return expected == null ? "apiKey()" : "apiKey(<secret>)";
  }
}
