package dev.flowdef.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link ContextProvider} sees of a request, the same three things Genkit gives its providers.
 *
 * @param method the request method, for example {@code POST}
 * @param headers every request header, names lower-cased, repeated values joined by a space
 * @param input the request's {@code data}, not yet validated, or {@code null} when it has none
 */
public record RequestData(String method, Map<String, String> headers, JsonNode input) {

  public RequestData {
    Objects.requireNonNull(method, "method");
    headers = Map.copyOf(headers);
  }

  /** The value of a header, by its lower-case name, or {@code null}. */
  public String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }
}
