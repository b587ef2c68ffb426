package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * Verify auth challenge response trigger request (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html).
 *
 * @param call the shared envelope
 * @param userAttributes the user's attributes
 * @param privateChallengeParameters the create trigger's private parameters
 * @param challengeAnswer the user's answer
 * @param clientMetadata the {@code ClientMetadata} of the API request
 * @param userNotFound true when the user does not exist and "prevent user existence errors" is on
 */
public record VerifyAuthChallengeRequest(
    CognitoCall call,
    Map<String, String> userAttributes,
    Map<String, String> privateChallengeParameters,
    String challengeAnswer,
    Map<String, String> clientMetadata,
    boolean userNotFound) {
  public VerifyAuthChallengeRequest {
    userAttributes = Copies.map(userAttributes);
    privateChallengeParameters = Copies.map(privateChallengeParameters);
    clientMetadata = Copies.map(clientMetadata);
  }
}
