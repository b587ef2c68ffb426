package io.lambdaforge.runtime.internal.sdk;

/**
 * A direct-invoke payload that does not bind to the function's parameter type. The Lambda runtime
 * reports it to the caller as {@code {"errorType": "...PayloadException", "errorMessage": ...}};
 * the message names the function, the expected type and the JSON problem with its location.
 */
public final class PayloadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String functionName;
  private final String expectedType;

  PayloadException(String functionName, String expectedType, String problem) {
    super("function " + functionName + ": payload does not bind to " + expectedType + ": " + problem);
    this.functionName = functionName;
    this.expectedType = expectedType;
  }

  /** The Lambda function name whose payload was rejected. */
  public String functionName() {
    return functionName;
  }

  /** The Java type the payload was read as, e.g. {@code java.util.List<com.acme.Order>}. */
  public String expectedType() {
    return expectedType;
  }
}
