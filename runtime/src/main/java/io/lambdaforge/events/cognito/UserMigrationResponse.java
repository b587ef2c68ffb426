package io.lambdaforge.events.cognito;

import java.util.List;
import java.util.Map;

/**
 * User migration trigger response (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html). To refuse (user
 * unknown, wrong password), throw {@link CognitoRejection}.
 *
 * @param userAttributes the migrated user's attributes
 * @param finalUserStatus {@code CONFIRMED} or {@code RESET_REQUIRED}, or null
 * @param messageAction {@code SUPPRESS} to send no welcome message, or null
 * @param desiredDeliveryMediums {@code EMAIL} and/or {@code SMS}
 * @param forceAliasCreation whether to move an alias from another user, or null
 * @param enableSMSMFA whether to turn SMS MFA on, or null
 */
public record UserMigrationResponse(
    Map<String, String> userAttributes,
    String finalUserStatus,
    String messageAction,
    List<String> desiredDeliveryMediums,
    Boolean forceAliasCreation,
    Boolean enableSMSMFA) {
  public UserMigrationResponse {
    userAttributes = Copies.map(userAttributes);
    desiredDeliveryMediums = Copies.list(desiredDeliveryMediums);
  }

  /** Migrates the user with {@code attributes}, confirmed, without a welcome message. */
  public static UserMigrationResponse migrated(Map<String, String> attributes) {
    return new UserMigrationResponse(attributes, "CONFIRMED", "SUPPRESS", List.of(), null, null);
  }
}
