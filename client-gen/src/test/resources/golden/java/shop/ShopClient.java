package com.example.shop;

import dev.flowdef.client.FlowCallOptions;
import dev.flowdef.client.FlowClientBuilder;
import dev.flowdef.client.FlowClientException;
import dev.flowdef.client.FlowClientStream;
import dev.flowdef.client.FlowClientTransport;
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
  public static FlowClientBuilder<ShopClient> builder(String baseUrl) {
    return new FlowClientBuilder<ShopClient>(baseUrl, ShopClient::new);
  }

  /**
   * This client, its calls sending the headers and timeout of {@code options} over its defaults.
   */
  public ShopClient withOptions(FlowCallOptions options) {
    return new ShopClient(transport.withOptions(options));
  }

  /**
   * The category tree.
   *
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Category categories() {
    return transport.<Category>call("categories", null, null, Category.class);
  }

  /**
   * Streams progress as it clears the cart.
   *
   * @throws FlowClientException if the call fails
   */
  public void clearCart() {
    transport.call("clearCart", null, null, null);
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
    return transport.<String, Void>stream("clearCart", null, null, String.class, null);
  }

  /**
   * Streams the shapes of a drawing, then how many there were.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Integer draw(String input) {
    return transport.<Integer>call("draw", String.class, input, Integer.class);
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
    return transport.<Shape, Integer>stream("draw", String.class, input, Shape.class,
        Integer.class);
  }

  /**
   * Finds a pet by name.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Pet findPet(String input) {
    return transport.<Pet>call("findPet", String.class, input, Pet.class);
  }

  /**
   * Lists a customer's orders.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public PageOfOrder listOrders(OrderQuery input) {
    return transport.<PageOfOrder>call("list-orders", OrderQuery.class, input, PageOfOrder.class);
  }

  /**
   * Runs the {@code ping} flow.
   *
   * @throws FlowClientException if the call fails
   */
  public void ping() {
    transport.call("ping", null, null, null);
  }

  /**
   * Places an order and returns it as stored.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Order placeOrder(Order input) {
    return transport.<Order>call("placeOrder", Order.class, input, Order.class);
  }
}
