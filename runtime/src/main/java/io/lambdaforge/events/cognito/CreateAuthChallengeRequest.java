package io.lambdaforge.events.cognito;

import java.util.List;
import java.util.Map;

/**
 * Create auth challenge trigger request (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html).
 *
 * @param call the shared envelope
 * @param userAttributes the user's attributes
 * @param challengeName the challenge to create (the define trigger's choice)
 * @param session the challenges so far
 * @param clientMetadata the {@code ClientMetadata} of the API request
 * @param userNotFound true when the user does not exist and "prevent user existence errors" is on
 */
public record CreateAuthChallengeRequest(
    CognitoCall call,
    Map<String, String> userAttributes,
    String challengeName,
    List<ChallengeResult> session,
    Map<String, String> clientMetadata,
    boolean userNotFound) {
  public CreateAuthChallengeRequest {
    userAttributes = Copies.map(userAttributes);
    session = Copies.list(session);
    clientMetadata = Copies.map(clientMetadata);
  }
}
