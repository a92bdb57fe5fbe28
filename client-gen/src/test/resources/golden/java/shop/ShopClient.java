package com.example.shop;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdef.client.FlowCallOptions;
import dev.flowdef.client.FlowClientException;
import dev.flowdef.client.FlowClientStream;
import dev.flowdef.client.FlowClientTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Calls the flows of a service over HTTP, typed: {@code categories}, {@code clearCart},
 * {@code draw}, {@code findPet}, {@code list-orders}, {@code ping} and {@code placeOrder}.
 * <pre>{@code
 * ShopClient client = ShopClient.create("http://localhost:3400");
 * }</pre>
 * A client is immutable and safe to share between threads; every failure is a {@link FlowClientException}.
 */
@Generated("dev.flowdef.clientgen")
public final class ShopClient {
  private final FlowClientTransport transport;

  private ShopClient(FlowClientTransport transport) {
    this.transport = transport;
  }

  /**
   * A client of the service at {@code baseUrl}, for example {@code http://localhost:3400}.
   */
  public static ShopClient create(String baseUrl) {
    return builder(baseUrl).build();
  }

  /**
   * A builder of a client of the service at {@code baseUrl}, with more options.
   */
  public static Builder builder(String baseUrl) {
    return new Builder(URI.create(baseUrl));
  }

  /**
   * The category tree.
   *
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Category categories() {
    return categories(FlowCallOptions.NONE);
  }

  /**
   * The category tree.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param options the call's own headers and timeout
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Category categories(FlowCallOptions options) {
    return transport.call("categories", null, null, Category.class, options);
  }

  /**
   * Streams progress as it clears the cart.
   *
   * @throws FlowClientException if the call fails
   */
  public void clearCart() {
    clearCart(FlowCallOptions.NONE);
  }

  /**
   * Streams progress as it clears the cart.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param options the call's own headers and timeout
   * @throws FlowClientException if the call fails
   */
  public void clearCart(FlowCallOptions options) {
    transport.call("clearCart", null, null, null, options);
  }

  /**
   * Runs the {@code clearCart} flow, streaming: its chunks as they are sent, then its output.
   * Streams progress as it clears the cart.
   *
   * <p>Close the stream (try-with-resources) to cancel the call before it ends.
   *
   * @return the chunks as they arrive, then the output
   * @throws FlowClientException if the call fails before it streams
   */
  public FlowClientStream<String, Void> streamClearCart() {
    return streamClearCart(FlowCallOptions.NONE);
  }

  /**
   * Runs the {@code clearCart} flow, streaming: its chunks as they are sent, then its output.
   * Streams progress as it clears the cart.
   *
   * <p>Close the stream (try-with-resources) to cancel the call before it ends.
   *
   * <p>With options of this call: headers, and a timeout for the response to start.
   *
   * @param options the call's own headers and timeout
   * @return the chunks as they arrive, then the output
   * @throws FlowClientException if the call fails before it streams
   */
  public FlowClientStream<String, Void> streamClearCart(FlowCallOptions options) {
    return transport.stream("clearCart", null, null, String.class, null, options);
  }

  /**
   * Streams the shapes of a drawing, then how many there were.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Integer draw(String input) {
    return draw(input, FlowCallOptions.NONE);
  }

  /**
   * Streams the shapes of a drawing, then how many there were.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param input the flow's input
   * @param options the call's own headers and timeout
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Integer draw(String input, FlowCallOptions options) {
    return transport.call("draw", String.class, input, Integer.class, options);
  }

  /**
   * Runs the {@code draw} flow, streaming: its chunks as they are sent, then its output. Streams
   * the shapes of a drawing, then how many there were.
   *
   * <p>Close the stream (try-with-resources) to cancel the call before it ends.
   *
   * @param input the flow's input
   * @return the chunks as they arrive, then the output
   * @throws FlowClientException if the call fails before it streams
   */
  public FlowClientStream<Shape, Integer> streamDraw(String input) {
    return streamDraw(input, FlowCallOptions.NONE);
  }

  /**
   * Runs the {@code draw} flow, streaming: its chunks as they are sent, then its output. Streams
   * the shapes of a drawing, then how many there were.
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
  public FlowClientStream<Shape, Integer> streamDraw(String input, FlowCallOptions options) {
    return transport.stream("draw", String.class, input, Shape.class, Integer.class, options);
  }

  /**
   * Finds a pet by name.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Pet findPet(String input) {
    return findPet(input, FlowCallOptions.NONE);
  }

  /**
   * Finds a pet by name.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param input the flow's input
   * @param options the call's own headers and timeout
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Pet findPet(String input, FlowCallOptions options) {
    return transport.call("findPet", String.class, input, Pet.class, options);
  }

  /**
   * Lists a customer's orders.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public PageOfOrder listOrders(OrderQuery input) {
    return listOrders(input, FlowCallOptions.NONE);
  }

  /**
   * Lists a customer's orders.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param input the flow's input
   * @param options the call's own headers and timeout
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public PageOfOrder listOrders(OrderQuery input, FlowCallOptions options) {
    return transport.call("list-orders", OrderQuery.class, input, PageOfOrder.class, options);
  }

  /**
   * Runs the {@code ping} flow.
   *
   * @throws FlowClientException if the call fails
   */
  public void ping() {
    ping(FlowCallOptions.NONE);
  }

  /**
   * Runs the {@code ping} flow.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param options the call's own headers and timeout
   * @throws FlowClientException if the call fails
   */
  public void ping(FlowCallOptions options) {
    transport.call("ping", null, null, null, options);
  }

  /**
   * Places an order and returns it as stored.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Order placeOrder(Order input) {
    return placeOrder(input, FlowCallOptions.NONE);
  }

  /**
   * Places an order and returns it as stored.
   *
   * <p>With options of this call: headers, timeout.
   *
   * @param input the flow's input
   * @param options the call's own headers and timeout
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Order placeOrder(Order input, FlowCallOptions options) {
    return transport.call("placeOrder", Order.class, input, Order.class, options);
  }

  /**
   * Options of a {@link ShopClient}: default headers, timeout, HTTP client and Jackson mapper.
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

    public ShopClient build() {
      return new ShopClient(new FlowClientTransport(
              httpClient == null ? FlowClientTransport.defaultHttpClient() : httpClient,
              baseUri,
              headers,
              timeout,
              objectMapper == null ? FlowClientTransport.defaultMapper() : objectMapper));
    }
  }
}
