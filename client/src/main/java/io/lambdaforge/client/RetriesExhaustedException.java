package io.lambdaforge.client;

/** Every allowed attempt failed with a retryable error; the cause is the last one. */
public final class RetriesExhaustedException extends LambdaInvocationException {
  private static final long serialVersionUID = 1L;

  public RetriesExhaustedException(String functionName, int attempts, Throwable last) {
    super("invoking " + functionName + " failed " + attempts + " times, last: " + last, functionName,
        attempts, last);
  }
}
