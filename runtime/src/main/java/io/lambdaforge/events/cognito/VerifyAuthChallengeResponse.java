package io.lambdaforge.events.cognito;

/**
 * Verify auth challenge response trigger response (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html).
 *
 * @param answerCorrect whether the answer is correct
 */
public record VerifyAuthChallengeResponse(boolean answerCorrect) {
  /** The answer is correct. */
  public static VerifyAuthChallengeResponse correct() {
    return new VerifyAuthChallengeResponse(true);
  }

  /** The answer is wrong. */
  public static VerifyAuthChallengeResponse wrong() {
    return new VerifyAuthChallengeResponse(false);
  }
}
