package com.example.menu;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.flowdef.client.FlowCallOptions;
import dev.flowdef.client.FlowClientBuilder;
import dev.flowdef.client.FlowClientException;
import dev.flowdef.client.FlowClientStream;
import dev.flowdef.client.FlowClientTransport;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Calls the flows of a service over HTTP, typed: {@code dailyMenu}, {@code menu-stream},
 * {@code menuSuggestion} and {@code reset}.
 * <pre>{@code
 * MenuClient client = MenuClient.create("http://localhost:3400");
 * }</pre>
 * A client is immutable and safe to share between threads; every failure is a {@link FlowClientException}.
 */
@Generated("dev.flowdef.clientgen")
public final class MenuClient {
  private static final Type DAILY_MENU_OUTPUT = new TypeReference<Map<String, List<MenuItem>>>() {}.getType();

  private final FlowClientTransport transport;

  private MenuClient(FlowClientTransport transport) {
    this.transport = transport;
  }

  /**
   * A client of the service at {@code baseUrl}, for example {@code http://localhost:3400}.
   */
  public static MenuClient create(String baseUrl) {
    return builder(baseUrl).build();
  }

  /**
   * A builder of a client of the service at {@code baseUrl}, with more options.
   */
  public static FlowClientBuilder<MenuClient> builder(String baseUrl) {
    return new FlowClientBuilder<MenuClient>(baseUrl, MenuClient::new);
  }

  /**
   * This client, its calls sending the headers and timeout of {@code options} over its defaults.
   */
  public MenuClient withOptions(FlowCallOptions options) {
    return new MenuClient(transport.withOptions(options));
  }

  /**
   * Lists today's dishes, by course.
   *
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Map<String, List<MenuItem>> dailyMenu() {
    return transport.<Map<String, List<MenuItem>>>call("dailyMenu", null, null, DAILY_MENU_OUTPUT);
  }

  /**
   * Streams a dish's description, word by word.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public MenuOutput menuStream(MenuSuggestionInput input) {
    return transport.<MenuOutput>call("menu-stream", MenuSuggestionInput.class, input,
        MenuOutput.class);
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
  public FlowClientStream<String, MenuOutput> streamMenuStream(MenuSuggestionInput input) {
    return transport.<String, MenuOutput>stream("menu-stream", MenuSuggestionInput.class, input,
        String.class, MenuOutput.class);
  }

  /**
   * Suggests a dish for a restaurant with the given theme.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public MenuItem menuSuggestion(MenuSuggestionInput input) {
    return transport.<MenuItem>call("menuSuggestion", MenuSuggestionInput.class, input,
        MenuItem.class);
  }

  /**
   * Runs the {@code reset} flow.
   *
   * @throws FlowClientException if the call fails
   */
  public void reset() {
    transport.call("reset", null, null, null);
  }
}
