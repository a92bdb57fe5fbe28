package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API key check accepts exactly the key: not a prefix, an extension, another case or another normalisation of
 * it. Keys are compared as SHA-256 digests with {@code MessageDigest.isEqual}, in time that depends on neither key.
 */
class ApiKeyProviderTest {
  private final ContextProvider provider = ContextProvider.apiKey("Sésame-ouvre-toi");

  private FlowStatus refusal(String key) {
    return assertThrows(FlowException.class, () -> provider.provide(request(key))).status();
  }

  private static RequestData request(String key) {
    return new RequestData("POST", key == null ? Map.of() : Map.of("authorization", key), null);
  }

  @Test
  void acceptsExactlyTheKey() {
    assertEquals(Map.of("auth", Map.of("apiKey", "Sésame-ouvre-toi")), provider.provide(request("Sésame-ouvre-toi")));
  }

  @Test
  void refusesEverythingElse() {
    assertEquals(FlowStatus.UNAUTHENTICATED, refusal(null));
    for (String wrong : new String[] {"", "Sésame", "Sésame-ouvre-toi!", "sésame-ouvre-toi", "Se\u0301same-ouvre-toi",
        "Sésame-ouvre-toi".repeat(1000)}) {
      assertEquals(FlowStatus.PERMISSION_DENIED, refusal(wrong), wrong);
    }
  }

  @Test
  void anEmptyExpectedKeyIsAMistake() {
    assertThrows(IllegalArgumentException.class, () -> ContextProvider.apiKey(""));
  }
}
