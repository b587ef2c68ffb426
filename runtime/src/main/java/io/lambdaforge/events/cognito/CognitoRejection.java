package io.lambdaforge.events.cognito;

/**
 * Refuses the operation a user-pool trigger guards (sign-up, sign-in, migration...). Its message
 * becomes the function error's {@code errorMessage}, which Cognito passes to the caller in its own
 * wording, e.g. {@code PreSignUp failed with error <message>.}
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html).
 * Any other exception reaches the caller only as a generic message; its detail is logged.
 */
public class CognitoRejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A rejection whose {@code message} the user sees. */
  public CognitoRejection(String message) {
    super(message, null, false, false);
  }
}
