package io.lambdaforge.events.cognito;

/**
 * Define auth challenge trigger response (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html).
 *
 * @param challengeName the next challenge, or null
 * @param issueTokens whether the user is authenticated
 * @param failAuthentication whether to end the flow with an error
 */
public record DefineAuthChallengeResponse(String challengeName, boolean issueTokens, boolean failAuthentication) {
  /** Authenticates the user: Cognito issues tokens. */
  public static DefineAuthChallengeResponse authenticated() {
    return new DefineAuthChallengeResponse(null, true, false);
  }

  /** Ends the flow: authentication fails. */
  public static DefineAuthChallengeResponse fail() {
    return new DefineAuthChallengeResponse(null, false, true);
  }

  /** Presents challenge {@code name} next (e.g. {@code CUSTOM_CHALLENGE}, {@code PASSWORD_VERIFIER}). */
  public static DefineAuthChallengeResponse challenge(String name) {
    return new DefineAuthChallengeResponse(name, false, false);
  }
}
