package io.lambdaforge.examples.signup;

import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.annotations.Traffic;
import io.lambdaforge.annotations.Trigger;
import io.lambdaforge.events.cognito.CognitoRejection;
import io.lambdaforge.events.cognito.PreSignUpRequest;
import io.lambdaforge.events.cognito.PreSignUpResponse;
import io.lambdaforge.events.cognito.PreTokenGenerationV2Request;
import io.lambdaforge.events.cognito.PreTokenGenerationV2Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cognito user-pool rules: who may sign up, and what the tokens say about them. Deploy with the
 * pool's ARN as {@code UserPoolArn} and set the pool's {@code LambdaConfig} (docs/deploying.md).
 */
public class SignUpRules {
  static final String COMPANY_DOMAIN = "@example.com";
  static final List<String> BLOCKED_DOMAINS = List.of("@mailinator.com", "@example.net");

  /**
   * Pre sign-up: colleagues are confirmed at once with a verified email; throwaway domains are
   * refused with a message the user sees; everyone else signs up as configured.
   */
  @Function(
      name = "signUpRules",
      timeout = 5,
      memory = 512,
      triggers = @Trigger(source = Source.COGNITO_USER_POOL),
      traffic = @Traffic(invocationsPerMonth = 20_000, averageDurationMs = 40))
  public PreSignUpResponse preSignUp(PreSignUpRequest request) {
    String email = request.userAttributes().getOrDefault("email", "").toLowerCase(Locale.ROOT);
    for (String blocked : BLOCKED_DOMAINS) {
      if (email.endsWith(blocked)) {
        throw new CognitoRejection("Please sign up with a permanent email address.");
      }
    }
    return email.endsWith(COMPANY_DOMAIN)
        ? PreSignUpResponse.autoConfirm().withAutoVerifyEmail()
        : PreSignUpResponse.proceed();
  }

  /**
   * Pre token generation (V2/V3): a structured {@code tenant} claim and a {@code roles} list in the
   * access token, an {@code is_staff} flag in the ID token, and the staff scope for colleagues.
   */
  @Function(
      name = "tokenClaims",
      timeout = 3,
      memory = 512,
      triggers = @Trigger(source = Source.COGNITO_USER_POOL),
      traffic = @Traffic(invocationsPerMonth = 1_500_000, averageDurationMs = 15))
  public PreTokenGenerationV2Response tokenClaims(PreTokenGenerationV2Request request) {
    String email = request.userAttributes().getOrDefault("email", "").toLowerCase(Locale.ROOT);
    boolean staff = email.endsWith(COMPANY_DOMAIN);
    String tenant = request.userAttributes().getOrDefault("custom:tenant", "public");
    PreTokenGenerationV2Response response = PreTokenGenerationV2Response.unchanged()
        .withIdTokenClaim("is_staff", staff)
        .withAccessTokenClaim("tenant", Map.of("id", tenant, "plan", staff ? "internal" : "standard"))
        .withAccessTokenClaim("roles", staff ? List.of("reader", "writer") : List.of("reader"));
    return staff ? response.withScope("orders/admin") : response;
  }
}
