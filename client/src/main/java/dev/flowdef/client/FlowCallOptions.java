package dev.flowdef.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What calls add to a client's defaults: headers (which replace defaults of the same name) and a timeout. Immutable;
 * each method returns a copy with one more option. A client's {@code withOptions} returns a client that sends them:
 * <pre>{@code
 * client.withOptions(FlowCallOptions.NONE.header("Authorization", "Bearer " + token)).menuSuggestion(input);
 * }</pre>
 */
public final class FlowCallOptions {
  /** No options: the client's defaults. */
  public static final FlowCallOptions NONE = new FlowCallOptions(Map.of(), null);

  private final Map<String, String> headers;
  private final Duration timeout;

  private FlowCallOptions(Map<String, String> headers, Duration timeout) {
    this.headers = headers;
    this.timeout = timeout;
  }

  /** These options and the header {@code name: value}. */
  public FlowCallOptions header(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new FlowCallOptions(Map.copyOf(copy), timeout);
  }

  /** These options, and {@code timeout} for each response (its headers, when streaming). */
  public FlowCallOptions timeout(Duration timeout) {
    return new FlowCallOptions(headers, Objects.requireNonNull(timeout, "timeout"));
  }

  /** The headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The timeout, if these options set one. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }
}
