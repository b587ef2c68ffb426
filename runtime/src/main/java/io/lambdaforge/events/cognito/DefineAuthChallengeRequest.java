package io.lambdaforge.events.cognito;

import java.util.List;
import java.util.Map;

/**
 * Define auth challenge trigger request (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html).
 *
 * @param call the shared envelope
 * @param userAttributes the user's attributes
 * @param session the challenges so far
 * @param clientMetadata the {@code ClientMetadata} of the API request
 * @param userNotFound true when the user does not exist and "prevent user existence errors" is on
 */
public record DefineAuthChallengeRequest(
    CognitoCall call,
    Map<String, String> userAttributes,
    List<ChallengeResult> session,
    Map<String, String> clientMetadata,
    boolean userNotFound) {
  public DefineAuthChallengeRequest {
    userAttributes = Copies.map(userAttributes);
    session = Copies.list(session);
    clientMetadata = Copies.map(clientMetadata);
  }
}
