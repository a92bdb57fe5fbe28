package dev.flowdef.runtime.http;

import dev.flowdef.runtime.FlowContext;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowStatus;
import java.util.Map;

/**
 * Derives a flow's request context from an HTTP request, before the flow runs, as Genkit's context providers do:
 * typically it authenticates the caller and returns {@code {"auth": {...}}}, which the flow reads through
 * {@link FlowContext#requestContext()}. Rejecting a request means throwing a {@link FlowException}, usually
 * {@link FlowStatus#UNAUTHENTICATED} or {@link FlowStatus#PERMISSION_DENIED}; the caller then gets that status and
 * the flow never runs. Several providers are merged in order, later keys winning.
 */
@FunctionalInterface
public interface ContextProvider {

  /** The request context for this request, or {@code null} for none. */
  Map<String, Object> provide(RequestData request);

  /**
   * Genkit's {@code apiKey(expected)}: the {@code Authorization} header must equal {@code expected} (compared in
   * constant time). A missing header answers 401 {@code UNAUTHENTICATED}, a wrong one 403 {@code PERMISSION_DENIED};
   * the flow sees {@code {"auth": {"apiKey": <the header>}}}.
   */
  static ContextProvider apiKey(String expected) {
    return new ApiKeyProvider(expected);
  }

  /**
   * Genkit's {@code apiKey()}: passes the {@code Authorization} header to the flow as {@code auth.apiKey}, unchecked.
   */
  static ContextProvider apiKey() {
    return new ApiKeyProvider(null);
  }
}
