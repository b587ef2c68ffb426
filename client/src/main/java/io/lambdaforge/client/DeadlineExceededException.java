package io.lambdaforge.client;

import java.time.Duration;

/**
 * The call's overall deadline ({@link RetryPolicy#deadline()}) passed, or would have passed
 * during the next backoff sleep; the cause is the last failure, if any.
 */
public final class DeadlineExceededException extends LambdaInvocationException {
  private static final long serialVersionUID = 1L;

  private final Duration deadline;

  public DeadlineExceededException(String functionName, int attempts, Duration deadline, Throwable last) {
    super("invoking " + functionName + " did not succeed within the deadline of "
        + deadline.toMillis() + " ms (" + attempts + (attempts == 1 ? " attempt" : " attempts")
        + (last == null ? "" : ", last: " + last) + ")", functionName, attempts, last);
    this.deadline = deadline;
  }

  public Duration deadline() {
    return deadline;
  }
}
