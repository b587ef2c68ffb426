package io.lambdaforge.client;

import java.nio.charset.StandardCharsets;

/**
 * The function ran and failed: Lambda answered with {@code X-Amz-Function-Error}. Never retried.
 * {@link #errorType()} and {@link #errorMessage()} come from the error document Lambda returns
 * ({@code {"errorType": ..., "errorMessage": ..., "stackTrace": [...]}}); for a Java function the
 * type is the exception's class name, for a timeout it is {@code Sandbox.Timedout}.
 */
public final class FunctionErrorException extends LambdaInvocationException {
  private static final long serialVersionUID = 1L;

  private final String functionError;
  private final String errorType;
  private final String errorMessage;
  private final byte[] payload;

  public FunctionErrorException(String functionName, int attempts, String functionError,
      String errorType, String errorMessage, byte[] payload) {
    super("function " + functionName + " failed: " + errorType + ": " + errorMessage, functionName,
        attempts, null);
    this.functionError = functionError;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
    this.payload = payload.clone();
  }

  /** The {@code X-Amz-Function-Error} value, e.g. {@code Unhandled}. */
  public String functionError() {
    return functionError;
  }

  /** The error type, e.g. {@code java.lang.IllegalArgumentException}; {@code ""} if absent. */
  public String errorType() {
    return errorType;
  }

  /** The error message; {@code ""} if absent. */
  public String errorMessage() {
    return errorMessage;
  }

  /** The raw error document as Lambda returned it. */
  public byte[] payload() {
    return payload.clone();
  }

  /** The raw error document as UTF-8 text. */
  public String payloadText() {
    return new String(payload, StandardCharsets.UTF_8);
  }
}
