package dev.flowdef.runtime.http;

import dev.flowdef.runtime.FlowStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-origin access for browsers: off unless origins are allowed, then the CORS headers on responses to those
 * origins and answers to their preflight {@code OPTIONS} requests. {@code "*"} allows every origin.
 */
final class CorsPolicy {
  static final CorsPolicy OFF = new CorsPolicy(Set.of());

  private final Set<String> origins;

  private CorsPolicy(Set<String> origins) {
    this.origins = origins;
  }

  static CorsPolicy allowing(List<String> origins) {
    return new CorsPolicy(Set.copyOf(origins));
  }

  boolean enabled() {
    return !origins.isEmpty();
  }

  /** The methods a flow path answers, for {@code Allow} on a 405. */
  String allowedMethods() {
    return enabled() ? "POST, OPTIONS" : "POST";
  }

  /**
   * Adds the CORS headers for the request's origin, and answers a preflight request, returning whether it did (so
   * the request is done).
   */
  boolean apply(Exchange exchange) throws IOException {
    if (!enabled()) {
      return false; // without looking the header up: most servers have CORS off
    }
    String origin = exchange.header("Origin");
    if (origin == null) {
      return false;
    }
    boolean allowed = origins.contains("*") || origins.contains(origin);
    boolean preflight =
        exchange.method().equals("OPTIONS") && exchange.header("Access-Control-Request-Method") != null;
    if (!allowed) {
      if (preflight) {
        throw new RequestRefused(
            403, FlowStatus.PERMISSION_DENIED, "Origin " + origin + " is not allowed", null, Map.of());
      }
      return false; // no CORS headers: the browser keeps the response from the page
    }
    exchange.setHeader("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
    exchange.setHeader("Vary", "Origin");
    if (!preflight) {
      exchange.setHeader("Access-Control-Expose-Headers", "x-genkit-trace-id, x-genkit-span-id");
      return false;
    }
    exchange.setHeader("Access-Control-Allow-Methods", "POST");
    String requestedHeaders = exchange.header("Access-Control-Request-Headers");
    if (requestedHeaders != null) {
      exchange.setHeader("Access-Control-Allow-Headers", requestedHeaders);
      exchange.setHeader("Vary", "Origin, Access-Control-Request-Headers");
    }
    exchange.setHeader("Access-Control-Max-Age", "600");
    exchange.respond(204, new byte[0]);
    return true;
  }
}
