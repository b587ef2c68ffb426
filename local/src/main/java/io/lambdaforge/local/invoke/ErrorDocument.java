package io.lambdaforge.local.invoke;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Lambda error document ({@code errorType}, {@code errorMessage}, {@code stackTrace}) that a
 * direct invoke returns for a failed or timed-out invocation.
 */
public final class ErrorDocument {
  /** The error type Lambda reports for an invocation that ran past its timeout. */
  public static final String TIMEOUT_TYPE = "Sandbox.Timedout";

  private ErrorDocument() {}

  /**
   * The document of a failure or timeout; for a throttle, the Invoke API's own error body
   * ({@code TooManyRequestsException}); {@code null} for a success.
   */
  public static ObjectNode of(InvocationResult result) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (result instanceof InvocationResult.Failure failure) {
      ObjectNode error = nodes.objectNode();
      error.put("errorType", failure.errorType());
      error.put("errorMessage", failure.errorMessage());
      failure.stackTrace().forEach(error.putArray("stackTrace")::add);
      return error;
    }
    if (result instanceof InvocationResult.Timeout timeout) {
      ObjectNode error = nodes.objectNode();
      error.put("errorType", TIMEOUT_TYPE);
      error.put("errorMessage", "Task timed out after " + timeout.timeoutSeconds() + ".00 seconds");
      return error;
    }
    if (result instanceof InvocationResult.Throttled) {
      ObjectNode error = nodes.objectNode();
      error.put("Reason", InvocationResult.Throttled.RESERVED_REASON);
      error.put("Type", "User");
      error.put("message", "Rate Exceeded.");
      return error;
    }
    return null;
  }
}
