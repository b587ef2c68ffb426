package io.lambdaforge.runtime.internal.cognito;

import io.lambdaforge.events.cognito.CreateAuthChallengeRequest;
import io.lambdaforge.events.cognito.CustomMessageRequest;
import io.lambdaforge.events.cognito.DefineAuthChallengeRequest;
import io.lambdaforge.events.cognito.InboundFederationRequest;
import io.lambdaforge.events.cognito.PostAuthenticationRequest;
import io.lambdaforge.events.cognito.PostConfirmationRequest;
import io.lambdaforge.events.cognito.PreAuthenticationRequest;
import io.lambdaforge.events.cognito.PreSignUpRequest;
import io.lambdaforge.events.cognito.PreTokenGenerationRequest;
import io.lambdaforge.events.cognito.PreTokenGenerationV2Request;
import io.lambdaforge.events.cognito.UserMigrationRequest;
import io.lambdaforge.events.cognito.VerifyAuthChallengeRequest;
import java.util.List;

/**
 * The user-pool triggers, each with its request record, the {@code triggerSource} prefix of its
 * events and the event versions it reads. Pre token generation V1 and V2/V3 share their sources
 * and differ in {@code version} (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html).
 */
enum TriggerKind {
  PRE_SIGN_UP(PreSignUpRequest.class, "PreSignUp_", List.of()),
  POST_CONFIRMATION(PostConfirmationRequest.class, "PostConfirmation_", List.of()),
  PRE_AUTHENTICATION(PreAuthenticationRequest.class, "PreAuthentication_", List.of()),
  POST_AUTHENTICATION(PostAuthenticationRequest.class, "PostAuthentication_", List.of()),
  PRE_TOKEN_GENERATION(PreTokenGenerationRequest.class, "TokenGeneration_", List.of("1")),
  PRE_TOKEN_GENERATION_V2(PreTokenGenerationV2Request.class, "TokenGeneration_", List.of("2", "3")),
  CUSTOM_MESSAGE(CustomMessageRequest.class, "CustomMessage_", List.of()),
  DEFINE_AUTH_CHALLENGE(DefineAuthChallengeRequest.class, "DefineAuthChallenge_", List.of()),
  CREATE_AUTH_CHALLENGE(CreateAuthChallengeRequest.class, "CreateAuthChallenge_", List.of()),
  VERIFY_AUTH_CHALLENGE(VerifyAuthChallengeRequest.class, "VerifyAuthChallengeResponse_", List.of()),
  USER_MIGRATION(UserMigrationRequest.class, "UserMigration_", List.of()),
  INBOUND_FEDERATION(InboundFederationRequest.class, "InboundFederation_", List.of());

  final Class<?> request;
  private final String prefix;
  private final List<String> versions;

  TriggerKind(Class<?> request, String prefix, List<String> versions) {
    this.request = request;
    this.prefix = prefix;
    this.versions = versions;
  }

  static TriggerKind of(Class<?> request) {
    for (TriggerKind kind : values()) {
      if (kind.request == request) {
        return kind;
      }
    }
    throw new IllegalArgumentException(request.getName() + " is not a Cognito trigger request");
  }

  /** The trigger that answers an event with {@code triggerSource} and {@code version}, or null. */
  static TriggerKind ofEvent(String triggerSource, String version) {
    for (TriggerKind kind : values()) {
      if (triggerSource.startsWith(kind.prefix)
          && (kind.versions.isEmpty() || kind.versions.contains(version))) {
        return kind;
      }
    }
    return null;
  }

  /** For messages: {@code PreSignUp}, {@code TokenGeneration (version 2 or 3)}... */
  String describe() {
    String name = prefix.substring(0, prefix.length() - 1);
    return versions.isEmpty() ? name : name + " (version " + String.join(" or ", versions) + ")";
  }
}
