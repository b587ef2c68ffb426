package io.lambdaforge.client;

/**
 * A call through a {@link LambdaInvoker} that did not produce a result. Subclasses say why:
 * {@link FunctionErrorException} (the function ran and failed), {@link RetriesExhaustedException},
 * {@link DeadlineExceededException}. This class itself is thrown when the request cannot be
 * written as JSON or the response cannot be read as the result type.
 *
 * <p>Invocation errors that are never retried (e.g. the SDK's {@code ResourceNotFoundException}
 * or another 4xx) are not wrapped: the SDK's exception is thrown unchanged.
 */
public class LambdaInvocationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String functionName;
  private final int attempts;

  public LambdaInvocationException(String message, String functionName, int attempts, Throwable cause) {
    super(message, cause);
    this.functionName = functionName;
    this.attempts = attempts;
  }

  /** The function name the call used (after name mapping). */
  public String functionName() {
    return functionName;
  }

  /** How many Invoke requests were sent (0 when none was). */
  public int attempts() {
    return attempts;
  }
}
