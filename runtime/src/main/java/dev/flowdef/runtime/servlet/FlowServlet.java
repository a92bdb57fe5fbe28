package dev.flowdef.runtime.servlet;

import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowHandler;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Serves flows with Genkit's protocol from any Jakarta Servlet 6 container (Jetty, Tomcat, Spring Boot), so the
 * flows deploy where an application already runs. A flow is at its name under the servlet's mapping: mapped to
 * {@code /flows/*}, {@code menuSuggestion} answers {@code POST /flows/menuSuggestion}.
 *
 * <pre>{@code
 * context.addServlet(new ServletHolder(new FlowServlet(FlowRegistry.discover())), "/flows/*");
 * }</pre>
 *
 * <p>When the container takes the servlet out of service ({@link #destroy()}), calls still in progress get a grace
 * period to finish, then are cancelled, a stream still open ending with an {@code UNAVAILABLE} error frame; calls
 * that arrive meanwhile get 503 {@code UNAVAILABLE}.
 */
public class FlowServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  /** The grace period unless given: as long as the embedded server's. */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(5);

  private final transient FlowHandler handler;
  private final Duration shutdownGrace;

  /** Serves every flow of {@code registry} with the protocol's defaults. */
  public FlowServlet(FlowRegistry registry) {
    this(FlowHandler.builder(registry).build());
  }

  /** Serves with a configured handler: context providers, CORS, validator, body limit. */
  public FlowServlet(FlowHandler handler) {
    this(handler, DEFAULT_SHUTDOWN_GRACE);
  }

  /** Serves with a configured handler, giving calls in progress {@code shutdownGrace} when the servlet stops. */
  public FlowServlet(FlowHandler handler, Duration shutdownGrace) {
    this.handler = Objects.requireNonNull(handler, "handler");
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("a grace period cannot be negative: " + shutdownGrace);
    }
    this.shutdownGrace = shutdownGrace;
  }

  /** Takes every method, so a wrong one gets the protocol's JSON 405 rather than the container's page. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) {
    handler.handle(new ServletExchange(request, response));
  }

  /**
   * Stops serving gracefully. Containers call it once requests have left {@link #service} or their own timeout has
   * passed, so what still runs here is a long call or stream: it gets the grace period, then is ended.
   */
  @Override
  public void destroy() {
    handler.shutDown(shutdownGrace);
    super.destroy();
  }
}
