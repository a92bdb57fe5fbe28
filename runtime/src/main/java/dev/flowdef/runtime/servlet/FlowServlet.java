package dev.flowdef.runtime.servlet;

import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowHandler;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;

/**
 * Serves flows with Genkit's protocol from any Jakarta Servlet 6 container (Jetty, Tomcat, Spring Boot), so the
 * flows deploy where an application already runs. A flow is at its name under the servlet's mapping: mapped to
 * {@code /flows/*}, {@code menuSuggestion} answers {@code POST /flows/menuSuggestion}.
 *
 * <pre>{@code
 * context.addServlet(new ServletHolder(new FlowServlet(FlowRegistry.discover())), "/flows/*");
 * }</pre>
 */
public class FlowServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient FlowHandler handler;

  /** Serves every flow of {@code registry} with the protocol's defaults. */
  public FlowServlet(FlowRegistry registry) {
    this(FlowHandler.builder(registry).build());
  }

  /** Serves with a configured handler: context providers, CORS, validator, body limit. */
  public FlowServlet(FlowHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  /** Takes every method, so a wrong one gets the protocol's JSON 405 rather than the container's page. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) {
    handler.handle(new ServletExchange(request, response));
  }
}
