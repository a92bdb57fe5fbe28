package menu;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdef.client.FlowCallOptions;
import dev.flowdef.client.FlowClientException;
import dev.flowdef.client.FlowClientStream;
import dev.flowdef.client.FlowClientTransport;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Calls the flows of a service over HTTP, typed: {@code menuSuggestion}, {@code menu-stream},
 * {@code dailyMenu} and {@code reset}.
 * <pre>{@code
 * MenuFlowsClient client = MenuFlowsClient.create("http://localhost:3400");
 * }</pre>
 * A client is immutable and safe to share between threads; every failure is a {@link FlowClientException}.
 */
@Generated("dev.flowdef.clientgen")
public final class MenuFlowsClient {
  private static final Type DAILY_MENU_OUTPUT = new TypeReference<Map<String, List<MenuFlows.MenuItem>>>() {}.getType();

  private final FlowClientTransport transport;

  private MenuFlowsClient(FlowClientTransport transport) {
    this.transport = transport;
  }

  /**
   * A client of the service at {@code baseUrl}, for example {@code http://localhost:3400}.
   */
  public static MenuFlowsClient create(String baseUrl) {
    return builder(baseUrl).build();
  }

  /**
   * A builder of a client of the service at {@code baseUrl}, with more options.
   */
  public static Builder builder(String baseUrl) {
    return new Builder(URI.create(baseUrl));
  }

  /**
   * Suggests a dish for a restaurant with the given theme.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public MenuFlows.MenuItem menuSuggestion(MenuFlows.MenuSuggestionInput input) {
    return menuSuggestion(input, FlowCallOptions.NONE);
  }

  /**
   * Suggests a dish for a restaurant with the given theme.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param input the flow's input
   * @param options the call's own headers and timeout
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public MenuFlows.MenuItem menuSuggestion(MenuFlows.MenuSuggestionInput input,
      FlowCallOptions options) {
    return transport.call("menuSuggestion", MenuFlows.MenuSuggestionInput.class, input,
        MenuFlows.MenuItem.class, options);
  }

  /**
   * Streams a dish's description, word by word.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public MenuFlows.MenuOutput menuStream(MenuFlows.MenuSuggestionInput input) {
    return menuStream(input, FlowCallOptions.NONE);
  }

  /**
   * Streams a dish's description, word by word.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param input the flow's input
   * @param options the call's own headers and timeout
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public MenuFlows.MenuOutput menuStream(MenuFlows.MenuSuggestionInput input,
      FlowCallOptions options) {
    return transport.call("menu-stream", MenuFlows.MenuSuggestionInput.class, input,
        MenuFlows.MenuOutput.class, options);
  }

  /**
   * Runs the {@code menu-stream} flow, streaming: its chunks as they are sent, then its output.
   * Streams a dish's description, word by word.
   *
   * <p>Close the stream (try-with-resources) to cancel the call before it ends.
   *
   * @param input the flow's input
   * @return the chunks as they arrive, then the output
   * @throws FlowClientException if the call fails before it streams
   */
  public FlowClientStream<String, MenuFlows.MenuOutput> streamMenuStream(
      MenuFlows.MenuSuggestionInput input) {
    return streamMenuStream(input, FlowCallOptions.NONE);
  }

  /**
   * Runs the {@code menu-stream} flow, streaming: its chunks as they are sent, then its output.
   * Streams a dish's description, word by word.
   *
   * <p>Close the stream (try-with-resources) to cancel the call before it ends.
   *
   * <p>With options of this call: headers, and a timeout for the response to start.
   *
   * @param input the flow's input
   * @param options the call's own headers and timeout
   * @return the chunks as they arrive, then the output
   * @throws FlowClientException if the call fails before it streams
   */
  public FlowClientStream<String, MenuFlows.MenuOutput> streamMenuStream(
      MenuFlows.MenuSuggestionInput input, FlowCallOptions options) {
    return transport.stream("menu-stream", MenuFlows.MenuSuggestionInput.class, input, String.class,
        MenuFlows.MenuOutput.class, options);
  }

  /**
   * Lists today's dishes, by course.
   *
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Map<String, List<MenuFlows.MenuItem>> dailyMenu() {
    return dailyMenu(FlowCallOptions.NONE);
  }

  /**
   * Lists today's dishes, by course.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param options the call's own headers and timeout
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Map<String, List<MenuFlows.MenuItem>> dailyMenu(FlowCallOptions options) {
    return transport.call("dailyMenu", null, null, DAILY_MENU_OUTPUT, options);
  }

  /**
   * Runs the {@code reset} flow.
   *
   * @throws FlowClientException if the call fails
   */
  public void reset() {
    reset(FlowCallOptions.NONE);
  }

  /**
   * Runs the {@code reset} flow.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param options the call's own headers and timeout
   * @throws FlowClientException if the call fails
   */
  public void reset(FlowCallOptions options) {
    transport.call("reset", null, null, null, options);
  }

  /**
   * Options of a {@link MenuFlowsClient}: default headers, timeout, HTTP client and Jackson mapper.
   */
  public static final class Builder {
    private final URI baseUri;

    private final Map<String, String> headers = new LinkedHashMap<>();

    private Duration timeout;

    private HttpClient httpClient;

    private ObjectMapper objectMapper;

    private Builder(URI baseUri) {
      this.baseUri = baseUri;
    }

    /**
     * A header sent with every call, such as {@code Authorization}.
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * How long a call waits for its response (when streaming, for the stream to start); no limit by default.
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * The HTTP client to send calls with; by default one speaking HTTP/1.1 with a 10 s connect timeout.
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * The Jackson mapper for inputs, outputs and chunks; by default one with the modules on the class path.
     */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
      return this;
    }

    public MenuFlowsClient build() {
      return new MenuFlowsClient(new FlowClientTransport(
              httpClient == null ? FlowClientTransport.defaultHttpClient() : httpClient,
              baseUri,
              headers,
              timeout,
              objectMapper == null ? FlowClientTransport.defaultMapper() : objectMapper));
    }
  }
}
