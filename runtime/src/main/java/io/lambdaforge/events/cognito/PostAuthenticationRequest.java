package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * Post authentication trigger request (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html); the
 * response is empty, so the method returns {@code void}.
 *
 * @param call the shared envelope
 * @param newDeviceUsed whether the user signed in on a new device
 * @param userAttributes the user's attributes
 * @param clientMetadata the {@code ClientMetadata} of the API request
 */
public record PostAuthenticationRequest(
    CognitoCall call,
    boolean newDeviceUsed,
    Map<String, String> userAttributes,
    Map<String, String> clientMetadata) {
  public PostAuthenticationRequest {
    userAttributes = Copies.map(userAttributes);
    clientMetadata = Copies.map(clientMetadata);
  }
}
