package menu;

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
  public static FlowClientBuilder<MenuFlowsClient> builder(String baseUrl) {
    return new FlowClientBuilder<MenuFlowsClient>(baseUrl, MenuFlowsClient::new);
  }

  /**
   * This client, its calls sending the headers and timeout of {@code options} over its defaults.
   */
  public MenuFlowsClient withOptions(FlowCallOptions options) {
    return new MenuFlowsClient(transport.withOptions(options));
  }

  /**
   * Suggests a dish for a restaurant with the given theme.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public MenuFlows.MenuItem menuSuggestion(MenuFlows.MenuSuggestionInput input) {
    return transport.<MenuFlows.MenuItem>call("menuSuggestion", MenuFlows.MenuSuggestionInput.class,
        input, MenuFlows.MenuItem.class);
  }

  /**
   * Streams a dish's description, word by word.
   *
   * @param input the flow's input
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public MenuFlows.MenuOutput menuStream(MenuFlows.MenuSuggestionInput input) {
    return transport.<MenuFlows.MenuOutput>call("menu-stream", MenuFlows.MenuSuggestionInput.class,
        input, MenuFlows.MenuOutput.class);
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
    return transport.<String, MenuFlows.MenuOutput>stream("menu-stream",
        MenuFlows.MenuSuggestionInput.class, input, String.class, MenuFlows.MenuOutput.class);
  }

  /**
   * Lists today's dishes, by course.
   *
   * @return the flow's output
   * @throws FlowClientException if the call fails
   */
  public Map<String, List<MenuFlows.MenuItem>> dailyMenu() {
    return transport.<Map<String, List<MenuFlows.MenuItem>>>call("dailyMenu", null, null,
        DAILY_MENU_OUTPUT);
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
