package dev.flowdef.runtime.http;

import dev.flowdef.runtime.FlowStatus;
import java.util.Map;

/**
 * A request turned away before any flow runs (unknown flow, wrong method, bad body, failed validation, a context
 * provider's refusal), carrying the HTTP code and the Genkit status of the JSON error it is answered with.
 */
final class RequestRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final FlowStatus status;
  private final transient Object details;
  private final transient Map<String, String> headers;

  RequestRefused(int httpStatus, FlowStatus status, String message, Object details, Map<String, String> headers) {
    super(message, null, false, false); // control flow, not a bug: no stack trace needed
    this.httpStatus = httpStatus;
    this.status = status;
    this.details = details;
    this.headers = headers;
  }

  /** A refusal whose HTTP code is the status's own. */
  RequestRefused(FlowStatus status, String message, Object details) {
    this(status.httpStatus(), status, message, details, Map.of());
  }

  int httpStatus() {
    return httpStatus;
  }

  FlowStatus status() {
    return status;
  }

  Object details() {
    return details;
  }

  Map<String, String> headers() {
    return headers;
  }
}
