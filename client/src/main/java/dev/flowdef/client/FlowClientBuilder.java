package dev.flowdef.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Options of a generated client: the service's URL, default headers and timeout, the HTTP client and the Jackson
 * mapper. {@code MenuFlowsClient.builder(url)} returns one; {@link #build()} makes the client.
 *
 * @param <C> the client it builds
 */
public final class FlowClientBuilder<C> {
  private final URI baseUri;
  private final Function<FlowClientTransport, C> client;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private Duration timeout;
  private HttpClient httpClient;
  private ObjectMapper objectMapper;

  /**
   * For generated clients: {@code new FlowClientBuilder<>(baseUrl, MenuFlowsClient::new)}.
   *
   * @param baseUrl the service's URL, for example {@code http://localhost:3400}
   * @param client makes the client on a transport
   */
  public FlowClientBuilder(String baseUrl, Function<FlowClientTransport, C> client) {
    this.baseUri = URI.create(Objects.requireNonNull(baseUrl, "baseUrl"));
    this.client = Objects.requireNonNull(client, "client");
  }

  /** A header sent with every call, such as {@code Authorization}. */
  public FlowClientBuilder<C> header(String name, String value) {
    headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** How long a call waits for its response (when streaming, for the stream to start); no limit by default. */
  public FlowClientBuilder<C> timeout(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /** The HTTP client to send calls with; by default one speaking HTTP/1.1 with a 10 s connect timeout. */
  public FlowClientBuilder<C> httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return this;
  }

  /** The Jackson mapper for inputs, outputs and chunks; by default one with the modules on the class path. */
  public FlowClientBuilder<C> objectMapper(ObjectMapper objectMapper) {
    this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
    return this;
  }

  /** The client, with these options. */
  public C build() {
    return client.apply(new FlowClientTransport(
        httpClient == null ? FlowClientTransport.defaultHttpClient() : httpClient,
        baseUri,
        headers,
        timeout,
        objectMapper == null ? FlowClientTransport.defaultMapper() : objectMapper));
  }
}
