package dev.flowdef.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A flow call that failed: the Genkit status (such as {@code INVALID_ARGUMENT} or {@code INTERNAL}), the message and
 * the details the service sent, whether in an HTTP error or in a stream's error frame; or a call that got no answer:
 * {@code UNAVAILABLE} when the service could not be reached or the stream broke off, {@code DEADLINE_EXCEEDED} when
 * it did not answer in time, {@code CANCELLED} when the call was cancelled. Every generated client throws this one
 * type, so one {@code catch} serves the clients of all services.
 */
public final class FlowClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String status;
  private final String serverMessage;
  private final transient JsonNode details;
  private final int httpStatus;

  /**
   * @param status the Genkit status
   * @param message the message, without the status
   * @param details the details, or {@code null}
   * @param httpStatus the HTTP status, or 0
   * @param cause what caused it on this side, or {@code null}
   */
  public FlowClientException(String status, String message, JsonNode details, int httpStatus, Throwable cause) {
    super(status + ": " + message, cause);
    this.status = status;
    this.serverMessage = message;
    this.details = details;
    this.httpStatus = httpStatus;
  }

  /** The Genkit status, such as {@code NOT_FOUND} or {@code INTERNAL}. */
  public String status() {
    return status;
  }

  /** The message as the service sent it, without the status. */
  public String serverMessage() {
    return serverMessage;
  }

  /** The details the service sent, for example {@code errors} for invalid input; a missing node if none. */
  public JsonNode details() {
    return details == null ? MissingNode.getInstance() : details;
  }

  /** The HTTP status of the response, or 0 when there was none or the error came in a stream. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The error of Genkit's {@code {"error": {"status", "message", "details"}}}. */
  static FlowClientException fromError(JsonNode error, int httpStatus) {
    String status = error.path("status").asText("UNKNOWN");
    String message = error.path("message").asText("");
    JsonNode details = error.get("details");
    return new FlowClientException(status.isEmpty() ? "UNKNOWN" : status, message, details, httpStatus, null);
  }

  /** The error an HTTP response other than 200 carries: Genkit's JSON error, or else its text and HTTP status. */
  static FlowClientException fromResponse(int httpStatus, byte[] body, ObjectMapper mapper) {
    try {
      JsonNode json = mapper.readTree(body);
      if (json != null && json.path("error").isObject()) {
        return fromError(json.get("error"), httpStatus);
      }
      if (json != null && json.path("status").isTextual() && json.has("message")) {
        return fromError(json, httpStatus);
      }
    } catch (IOException e) {
      // not JSON: an HTML error page from a proxy, say; its text is the message
    }
    String text = new String(body, StandardCharsets.UTF_8).strip();
    return new FlowClientException(statusOf(httpStatus), text.isEmpty() ? "HTTP " + httpStatus : text, null,
        httpStatus, null);
  }

  private static String statusOf(int httpStatus) {
    return switch (httpStatus) {
      case 400 -> "INVALID_ARGUMENT";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      case 409 -> "ABORTED";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 499 -> "CANCELLED";
      case 501 -> "UNIMPLEMENTED";
      case 503 -> "UNAVAILABLE";
      case 504 -> "DEADLINE_EXCEEDED";
      default -> httpStatus >= 500 ? "INTERNAL" : "UNKNOWN";
    };
  }
}
