package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * Pre token generation trigger request, event version 1 ({@code LambdaVersion V1_0}: ID token
 * only) (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html).
 *
 * @param call the shared envelope (a {@code TokenGeneration_*} source, version {@code "1"})
 * @param userAttributes the user's attributes
 * @param groupConfiguration the user's groups and roles
 * @param clientMetadata the {@code ClientMetadata} of the API request
 */
public record PreTokenGenerationRequest(
    CognitoCall call,
    Map<String, String> userAttributes,
    GroupConfiguration groupConfiguration,
    Map<String, String> clientMetadata) {
  public PreTokenGenerationRequest {
    userAttributes = Copies.map(userAttributes);
    clientMetadata = Copies.map(clientMetadata);
  }
}
