package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * Pre authentication trigger request (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html); the
 * response is empty (the method returns {@code void}), throw {@link CognitoRejection} to deny.
 *
 * @param call the shared envelope
 * @param userAttributes the user's attributes
 * @param validationData the {@code ValidationData} of the sign-in request
 * @param userNotFound true when the user does not exist and "prevent user existence errors" is on
 */
public record PreAuthenticationRequest(
    CognitoCall call,
    Map<String, String> userAttributes,
    Map<String, String> validationData,
    boolean userNotFound) {
  public PreAuthenticationRequest {
    userAttributes = Copies.map(userAttributes);
    validationData = Copies.map(validationData);
  }
}
