package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * Pre sign-up trigger request (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html).
 *
 * @param call the shared envelope ({@code PreSignUp_SignUp}, {@code _AdminCreateUser} or {@code _ExternalProvider})
 * @param userAttributes the attributes of the new user
 * @param validationData the {@code ValidationData} of the sign-up request
 * @param clientMetadata the {@code ClientMetadata} of the API request
 */
public record PreSignUpRequest(
    CognitoCall call,
    Map<String, String> userAttributes,
    Map<String, String> validationData,
    Map<String, String> clientMetadata) {
  public PreSignUpRequest {
    userAttributes = Copies.map(userAttributes);
    validationData = Copies.map(validationData);
    clientMetadata = Copies.map(clientMetadata);
  }
}
