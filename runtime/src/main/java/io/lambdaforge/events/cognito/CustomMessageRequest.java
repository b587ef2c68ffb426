package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * Custom message trigger request (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html), for every {@code
 * CustomMessage_*} source.
 *
 * @param call the shared envelope
 * @param userAttributes the user's attributes
 * @param codeParameter the placeholder the message must contain for the code, e.g. {@code {####}}
 * @param linkParameter the placeholder for the verification link, or null
 * @param usernameParameter the placeholder for the user name (admin-created users), or null
 * @param clientMetadata the {@code ClientMetadata} of the API request
 */
public record CustomMessageRequest(
    CognitoCall call,
    Map<String, String> userAttributes,
    String codeParameter,
    String linkParameter,
    String usernameParameter,
    Map<String, String> clientMetadata) {
  public CustomMessageRequest {
    userAttributes = Copies.map(userAttributes);
    clientMetadata = Copies.map(clientMetadata);
  }
}
