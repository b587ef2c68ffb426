package io.lambdaforge.processor.family.cognito;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The user-pool triggers as method contracts: request record, response record ({@code void} for
 * the triggers whose response is empty) and the key of the user pool's {@code LambdaConfig}
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html).
 */
enum CognitoContract {
  PRE_SIGN_UP("PreSignUp", "PreSignUpRequest", "PreSignUpResponse"),
  POST_CONFIRMATION("PostConfirmation", "PostConfirmationRequest", null),
  PRE_AUTHENTICATION("PreAuthentication", "PreAuthenticationRequest", null),
  POST_AUTHENTICATION("PostAuthentication", "PostAuthenticationRequest", null),
  PRE_TOKEN_GENERATION("PreTokenGeneration", "PreTokenGenerationRequest", "PreTokenGenerationResponse"),
  PRE_TOKEN_GENERATION_V2("PreTokenGenerationConfig", "PreTokenGenerationV2Request", "PreTokenGenerationV2Response"),
  CUSTOM_MESSAGE("CustomMessage", "CustomMessageRequest", "CustomMessageResponse"),
  DEFINE_AUTH_CHALLENGE("DefineAuthChallenge", "DefineAuthChallengeRequest", "DefineAuthChallengeResponse"),
  CREATE_AUTH_CHALLENGE("CreateAuthChallenge", "CreateAuthChallengeRequest", "CreateAuthChallengeResponse"),
  VERIFY_AUTH_CHALLENGE("VerifyAuthChallengeResponse", "VerifyAuthChallengeRequest", "VerifyAuthChallengeResponse"),
  USER_MIGRATION("UserMigration", "UserMigrationRequest", "UserMigrationResponse"),
  INBOUND_FEDERATION("InboundFederation", "InboundFederationRequest", "InboundFederationResponse");

  static final String EVENTS = "io.lambdaforge.events.cognito";

  /** The {@code LambdaConfig} key, also the trigger's name in the deployment model. */
  final String configKey;
  final ClassName request;
  /** Null for a void method. */
  final ClassName response;

  CognitoContract(String configKey, String request, String response) {
    this.configKey = configKey;
    this.request = ClassName.get(EVENTS, request);
    this.response = response == null ? null : ClassName.get(EVENTS, response);
  }

  static Optional<CognitoContract> ofRequest(TypeName type) {
    for (CognitoContract contract : values()) {
      if (contract.request.equals(type)) {
        return Optional.of(contract);
      }
    }
    return Optional.empty();
  }

  /** {@code PreSignUpResponse m(PreSignUpRequest)}, as a diagnostic offers it. */
  String signature() {
    return (response == null ? "void" : response.simpleName()) + " m(" + request.simpleName() + ")";
  }

  /** Every contract's signature, for a diagnostic. */
  static String signatures() {
    return List.of(values()).stream().map(CognitoContract::signature).collect(Collectors.joining(", "));
  }
}
