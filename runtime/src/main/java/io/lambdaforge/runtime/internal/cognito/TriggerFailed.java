package io.lambdaforge.runtime.internal.cognito;

/**
 * What a user-pool trigger reports for an exception other than a {@code CognitoRejection}: a
 * generic message without detail or stack trace, so nothing internal reaches the user (Cognito
 * passes the function error's message to the caller).
 */
public final class TriggerFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The message the caller sees. */
  public static final String MESSAGE = "The request could not be processed.";

  TriggerFailed() {
    super(MESSAGE, null, false, false);
  }
}
