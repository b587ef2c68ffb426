package io.lambdaforge.local.family.cognito;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Realistic user-pool trigger events, one per {@code triggerSource} variant of each trigger, in the
 * shapes of the Cognito developer guide's per-trigger pages
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html).
 */
public final class CognitoEvents {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CognitoEvents() {}

  /** The {@code triggerSource} values (with the event version for token generation) of the trigger wired as {@code configKey}. */
  public static List<String> variants(String configKey) {
    switch (configKey) {
      case "PreSignUp": return List.of("PreSignUp_SignUp", "PreSignUp_AdminCreateUser", "PreSignUp_ExternalProvider");
      case "PostConfirmation": return List.of("PostConfirmation_ConfirmSignUp", "PostConfirmation_ConfirmForgotPassword");
      case "PreAuthentication": return List.of("PreAuthentication_Authentication");
      case "PostAuthentication": return List.of("PostAuthentication_Authentication");
      case "PreTokenGeneration": return List.of("TokenGeneration_HostedAuth", "TokenGeneration_Authentication",
          "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens");
      case "PreTokenGenerationConfig": return List.of("TokenGeneration_HostedAuth", "TokenGeneration_Authentication",
          "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens",
          "TokenGeneration_ClientCredentials");
      case "CustomMessage": return List.of("CustomMessage_SignUp", "CustomMessage_AdminCreateUser", "CustomMessage_ResendCode",
          "CustomMessage_ForgotPassword", "CustomMessage_UpdateUserAttribute", "CustomMessage_VerifyUserAttribute",
          "CustomMessage_Authentication");
      case "DefineAuthChallenge": return List.of("DefineAuthChallenge_Authentication");
      case "CreateAuthChallenge": return List.of("CreateAuthChallenge_Authentication");
      case "VerifyAuthChallengeResponse": return List.of("VerifyAuthChallengeResponse_Authentication");
      case "UserMigration": return List.of("UserMigration_Authentication", "UserMigration_ForgotPassword");
      case "InboundFederation": return List.of("InboundFederation_ExternalProvider");
      default: throw new IllegalArgumentException("unknown Cognito LambdaConfig key \"" + configKey + "\"");
    }
  }

  /** The event Cognito sends the trigger wired as {@code configKey} for {@code triggerSource}. */
  public static ObjectNode event(String configKey, String triggerSource) {
    if (!variants(configKey).contains(triggerSource)) {
      throw new IllegalArgumentException(triggerSource + " is not a triggerSource of " + configKey);
    }
    boolean machine = triggerSource.equals("TokenGeneration_ClientCredentials");
    String version = configKey.equals("PreTokenGenerationConfig") ? (machine ? "3" : "2") : "1";
    ObjectNode event = NODES.objectNode()
        .put("version", version)
        .put("triggerSource", triggerSource)
        .put("region", "us-east-1")
        .put("userPoolId", "us-east-1_EXAMPLE");
    if (!machine) {
      event.put("userName", "testuser");
    }
    event.putObject("callerContext")
        .put("awsSdkVersion", "aws-sdk-unknown-unknown")
        .put("clientId", "1example23456789");
    ObjectNode request = event.putObject("request");
    ObjectNode response = event.putObject("response");
    switch (configKey) {
      case "PreSignUp":
        user(request, triggerSource.endsWith("ExternalProvider"));
        request.putObject("validationData").put("invite_code", "ABC-123");
        metadata(request);
        response.put("autoConfirmUser", false).put("autoVerifyEmail", false).put("autoVerifyPhone", false);
        break;
      case "PostConfirmation":
        user(request, false).put("cognito:user_status", "CONFIRMED").put("email_verified", "true");
        metadata(request);
        break;
      case "PreAuthentication":
        user(request, false);
        request.putObject("validationData");
        request.put("userNotFound", false);
        break;
      case "PostAuthentication":
        request.put("newDeviceUsed", true);
        user(request, false);
        metadata(request);
        break;
      case "PreTokenGeneration":
        user(request, false);
        groups(request);
        metadata(request);
        response.putNull("claimsOverrideDetails");
        break;
      case "PreTokenGenerationConfig":
        if (machine) {
          request.putObject("userAttributes");
        } else {
          user(request, false);
        }
        groups(request);
        request.putArray("scopes").add(machine ? "orders/write" : "aws.cognito.signin.user.admin").add(machine ? "orders/read" : "openid");
        metadata(request);
        response.putNull("claimsAndScopeOverrideDetails");
        break;
      case "CustomMessage":
        user(request, false);
        request.put("codeParameter", "{####}");
        request.put("linkParameter", "{##Click Here##}");
        if (triggerSource.equals("CustomMessage_AdminCreateUser")) {
          request.put("usernameParameter", "{username}");
        } else {
          request.putNull("usernameParameter");
        }
        metadata(request);
        response.putNull("smsMessage").putNull("emailMessage").putNull("emailSubject");
        break;
      case "DefineAuthChallenge":
        user(request, false);
        session(request);
        metadata(request);
        request.put("userNotFound", false);
        response.putNull("challengeName").put("issueTokens", false).put("failAuthentication", false);
        break;
      case "CreateAuthChallenge":
        user(request, false);
        request.put("challengeName", "CUSTOM_CHALLENGE");
        session(request);
        metadata(request);
        request.put("userNotFound", false);
        response.putObject("publicChallengeParameters");
        response.putObject("privateChallengeParameters");
        response.putNull("challengeMetadata");
        break;
      case "VerifyAuthChallengeResponse":
        user(request, false);
        request.putObject("privateChallengeParameters").put("answer", "5");
        request.put("challengeAnswer", "5");
        metadata(request);
        request.put("userNotFound", false);
        response.put("answerCorrect", false);
        break;
      case "UserMigration":
        if (triggerSource.equals("UserMigration_Authentication")) {
          request.put("password", "correct horse battery staple");
        }
        request.putObject("validationData");
        metadata(request);
        response.putObject("userAttributes");
        response.putNull("finalUserStatus").putNull("messageAction").putNull("desiredDeliveryMediums").putNull("forceAliasCreation");
        break;
      default: // InboundFederation
        request.put("providerName", "ExampleOIDCProvider").put("providerType", "OIDC");
        ObjectNode attributes = request.putObject("attributes");
        attributes.putObject("tokenResponse").put("token_type", "Bearer").put("expires_in", "3600");
        attributes.putObject("idToken").put("sub", "user123").put("email", "testuser@example.com").put("email_verified", "true");
        attributes.putObject("userInfo").put("email", "testuser@example.com").put("given_name", "Test").put("family_name", "User");
        response.putObject("userAttributesToMap");
        break;
    }
    return event;
  }

  private static ObjectNode user(ObjectNode request, boolean external) {
    ObjectNode attributes = request.putObject("userAttributes")
        .put("sub", "a36036a8-9061-424d-a737-56d57dae7bc6")
        .put("email", "testuser@example.com")
        .put("phone_number", "+12065550100");
    if (external) {
      attributes.put("identities", "[{\"providerName\":\"Google\",\"providerType\":\"Google\"}]");
    }
    return attributes;
  }

  private static void metadata(ObjectNode request) {
    request.putObject("clientMetadata").put("exampleMetadataKey", "example metadata value");
  }

  private static void groups(ObjectNode request) {
    ObjectNode groups = request.putObject("groupConfiguration");
    groups.putArray("groupsToOverride").add("readers");
    groups.putArray("iamRolesToOverride");
    groups.putNull("preferredRole");
  }

  private static void session(ObjectNode request) {
    ArrayNode session = request.putArray("session");
    session.addObject().put("challengeName", "SRP_A").put("challengeResult", true).putNull("challengeMetadata");
    session.addObject().put("challengeName", "PASSWORD_VERIFIER").put("challengeResult", true).putNull("challengeMetadata");
  }
}
