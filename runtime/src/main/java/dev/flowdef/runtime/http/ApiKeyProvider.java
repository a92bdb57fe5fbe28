package dev.flowdef.runtime.http;

import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** The API-key check behind {@link ContextProvider#apiKey(String)}, with Genkit's statuses and messages. */
final class ApiKeyProvider implements ContextProvider {
  private final byte[] expected;

  /** {@code expected == null} passes any key through unchecked. */
  ApiKeyProvider(String expected) {
    if (expected != null && expected.isEmpty()) {
      throw new IllegalArgumentException("an API key must not be empty");
    }
    this.expected = expected == null ? null : expected.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Map<String, Object> provide(RequestData request) {
    String key = request.header("authorization");
    if (expected != null) {
      if (key == null) {
        throw new FlowException(FlowStatus.UNAUTHENTICATED, "Unauthenticated");
      }
      // Constant time, so the time to reject tells an attacker nothing about how much of the key matched.
      if (!MessageDigest.isEqual(expected, key.getBytes(StandardCharsets.UTF_8))) {
        throw new FlowException(FlowStatus.PERMISSION_DENIED, "Permission Denied");
      }
    }
    return Map.of("auth", key == null ? Map.of() : Map.of("apiKey", key));
  }

  @Override
  public String toString() {
    return expected == null ? "apiKey()" : "apiKey(<secret>)";
  }
}
