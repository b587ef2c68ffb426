package io.lambdaforge.events.cognito;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every {@code triggerSource} value Amazon Cognito sends to a synchronously invoked user-pool
 * trigger (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#working-with-lambda-trigger-sources).
 * Custom sender triggers are invoked asynchronously and are not listed.
 */
public enum CognitoTrigger {
  PRE_SIGN_UP_SIGN_UP("PreSignUp_SignUp"),
  PRE_SIGN_UP_ADMIN_CREATE_USER("PreSignUp_AdminCreateUser"),
  PRE_SIGN_UP_EXTERNAL_PROVIDER("PreSignUp_ExternalProvider"),
  POST_CONFIRMATION_CONFIRM_SIGN_UP("PostConfirmation_ConfirmSignUp"),
  POST_CONFIRMATION_CONFIRM_FORGOT_PASSWORD("PostConfirmation_ConfirmForgotPassword"),
  PRE_AUTHENTICATION_AUTHENTICATION("PreAuthentication_Authentication"),
  POST_AUTHENTICATION_AUTHENTICATION("PostAuthentication_Authentication"),
  CUSTOM_MESSAGE_SIGN_UP("CustomMessage_SignUp"),
  CUSTOM_MESSAGE_ADMIN_CREATE_USER("CustomMessage_AdminCreateUser"),
  CUSTOM_MESSAGE_RESEND_CODE("CustomMessage_ResendCode"),
  CUSTOM_MESSAGE_FORGOT_PASSWORD("CustomMessage_ForgotPassword"),
  CUSTOM_MESSAGE_UPDATE_USER_ATTRIBUTE("CustomMessage_UpdateUserAttribute"),
  CUSTOM_MESSAGE_VERIFY_USER_ATTRIBUTE("CustomMessage_VerifyUserAttribute"),
  CUSTOM_MESSAGE_AUTHENTICATION("CustomMessage_Authentication"),
  DEFINE_AUTH_CHALLENGE_AUTHENTICATION("DefineAuthChallenge_Authentication"),
  CREATE_AUTH_CHALLENGE_AUTHENTICATION("CreateAuthChallenge_Authentication"),
  VERIFY_AUTH_CHALLENGE_RESPONSE_AUTHENTICATION("VerifyAuthChallengeResponse_Authentication"),
  TOKEN_GENERATION_HOSTED_AUTH("TokenGeneration_HostedAuth"),
  TOKEN_GENERATION_AUTHENTICATION("TokenGeneration_Authentication"),
  TOKEN_GENERATION_NEW_PASSWORD_CHALLENGE("TokenGeneration_NewPasswordChallenge"),
  TOKEN_GENERATION_AUTHENTICATE_DEVICE("TokenGeneration_AuthenticateDevice"),
  TOKEN_GENERATION_REFRESH_TOKENS("TokenGeneration_RefreshTokens"),
  /** Machine-to-machine (client credentials) tokens; sent with trigger event version 3 only. */
  TOKEN_GENERATION_CLIENT_CREDENTIALS("TokenGeneration_ClientCredentials"),
  USER_MIGRATION_AUTHENTICATION("UserMigration_Authentication"),
  USER_MIGRATION_FORGOT_PASSWORD("UserMigration_ForgotPassword"),
  INBOUND_FEDERATION_EXTERNAL_PROVIDER("InboundFederation_ExternalProvider");

  private final String wireName;

  CognitoTrigger(String wireName) {
    this.wireName = wireName;
  }

  /** The value of {@code triggerSource} as Cognito sends it, e.g. {@code PreSignUp_SignUp}. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /**
   * The trigger whose {@code triggerSource} is {@code wireName}.
   *
   * @throws IllegalArgumentException if Cognito documents no such synchronous trigger source
   */
  @JsonCreator
  public static CognitoTrigger of(String wireName) {
    for (CognitoTrigger trigger : values()) {
      if (trigger.wireName.equals(wireName)) {
        return trigger;
      }
    }
    throw new IllegalArgumentException("unknown Cognito triggerSource \"" + wireName + "\"");
  }
}
