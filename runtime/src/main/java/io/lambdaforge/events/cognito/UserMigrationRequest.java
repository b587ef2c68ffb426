package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * User migration trigger request (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html).
 *
 * @param call the shared envelope ({@code UserMigration_Authentication} or {@code _ForgotPassword})
 * @param password the password the user signed in with (authentication only)
 * @param validationData the {@code ValidationData} of the sign-in request
 * @param clientMetadata the {@code ClientMetadata} of the API request
 */
public record UserMigrationRequest(
    CognitoCall call,
    String password,
    Map<String, String> validationData,
    Map<String, String> clientMetadata) {
  public UserMigrationRequest {
    validationData = Copies.map(validationData);
    clientMetadata = Copies.map(clientMetadata);
  }

  /** Hides the password from logs. */
  @Override
  public String toString() {
    return "UserMigrationRequest[call=" + call + ", password=***, validationData=" + validationData
        + ", clientMetadata=" + clientMetadata + "]";
  }
}
