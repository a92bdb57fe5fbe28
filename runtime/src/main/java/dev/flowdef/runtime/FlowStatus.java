package dev.flowdef.runtime;

/**
 * Genkit's canonical status of a failed flow, with its numeric code and the HTTP status it maps to. The names and
 * numbers are those of Genkit (and gRPC), so errors mean the same to Genkit's clients and tools as to Java callers.
 */
public enum FlowStatus {
  OK(0, 200),
  CANCELLED(1, 499),
  UNKNOWN(2, 500),
  INVALID_ARGUMENT(3, 400),
  DEADLINE_EXCEEDED(4, 504),
  NOT_FOUND(5, 404),
  ALREADY_EXISTS(6, 409),
  PERMISSION_DENIED(7, 403),
  RESOURCE_EXHAUSTED(8, 429),
  FAILED_PRECONDITION(9, 400),
  ABORTED(10, 409),
  OUT_OF_RANGE(11, 400),
  UNIMPLEMENTED(12, 501),
  INTERNAL(13, 500),
  UNAVAILABLE(14, 503),
  DATA_LOSS(15, 500),
  UNAUTHENTICATED(16, 401);

  private final int code;
  private final int httpStatus;

  FlowStatus(int code, int httpStatus) {
    this.code = code;
    this.httpStatus = httpStatus;
  }

  /** The canonical numeric code, as the Genkit reflection API reports it. */
  public int code() {
    return code;
  }

  /** The HTTP status a flow endpoint answers with. */
  public int httpStatus() {
    return httpStatus;
  }
}
