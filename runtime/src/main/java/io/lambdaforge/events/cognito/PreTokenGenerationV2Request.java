package io.lambdaforge.events.cognito;

import java.util.List;
import java.util.Map;

/**
 * Pre token generation trigger request, event versions 2 and 3 ({@code LambdaVersion V2_0} and
 * {@code V3_0}: ID and access tokens; V3 adds {@code TokenGeneration_ClientCredentials} for
 * machine-to-machine tokens, whose events have no user) (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html).
 *
 * @param call the shared envelope (a {@code TokenGeneration_*} source, version {@code "2"} or {@code "3"})
 * @param userAttributes the user's attributes (empty for client credentials)
 * @param scopes the OAuth scopes of the access token
 * @param groupConfiguration the user's groups and roles
 * @param clientMetadata the {@code ClientMetadata} of the API request
 */
public record PreTokenGenerationV2Request(
    CognitoCall call,
    Map<String, String> userAttributes,
    List<String> scopes,
    GroupConfiguration groupConfiguration,
    Map<String, String> clientMetadata) {
  public PreTokenGenerationV2Request {
    userAttributes = Copies.map(userAttributes);
    scopes = Copies.list(scopes);
    clientMetadata = Copies.map(clientMetadata);
  }
}
