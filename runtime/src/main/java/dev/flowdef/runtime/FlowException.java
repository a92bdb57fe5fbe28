package dev.flowdef.runtime;

/**
 * A flow failure that carries a {@link FlowStatus} and optional details, and whose message is meant for the caller.
 * Throw it from a flow to answer with that status; any other exception reaches remote callers only as
 * {@code INTERNAL}, its text kept for the server log.
 */
public class FlowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final FlowStatus status;
  private final transient Object details;

  public FlowException(FlowStatus status, String message) {
    this(status, message, null, null);
  }

  public FlowException(FlowStatus status, String message, Object details) {
    this(status, message, details, null);
  }

  public FlowException(FlowStatus status, String message, Object details, Throwable cause) {
    super(message, cause);
    if (status == null || status == FlowStatus.OK) {
      throw new IllegalArgumentException("a FlowException needs a failure status, not " + status);
    }
    this.status = status;
    this.details = details;
  }

  public FlowStatus status() {
    return status;
  }

  /** Structured details for the caller (serialised as JSON), or {@code null}. */
  public Object details() {
    return details;
  }

  @Override
  public String toString() {
    return status + ": " + getMessage();
  }
}
