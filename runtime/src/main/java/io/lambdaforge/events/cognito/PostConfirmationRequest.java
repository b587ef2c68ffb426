package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * Post confirmation trigger request (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html); the response
 * is empty, so the method returns {@code void}.
 *
 * @param call the shared envelope ({@code PostConfirmation_ConfirmSignUp} or {@code _ConfirmForgotPassword})
 * @param userAttributes the user's attributes
 * @param clientMetadata the {@code ClientMetadata} of the API request
 */
public record PostConfirmationRequest(
    CognitoCall call, Map<String, String> userAttributes, Map<String, String> clientMetadata) {
  public PostConfirmationRequest {
    userAttributes = Copies.map(userAttributes);
    clientMetadata = Copies.map(clientMetadata);
  }
}
