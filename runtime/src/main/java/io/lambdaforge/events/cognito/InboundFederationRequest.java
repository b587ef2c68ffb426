package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * Inbound federation trigger request (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html), invoked
 * synchronously when a user signs in through an external identity provider.
 *
 * @param call the shared envelope ({@code InboundFederation_ExternalProvider})
 * @param providerName the identity provider's name in the user pool
 * @param providerType {@code OIDC}, {@code SAML}, {@code Facebook}, {@code Google}, {@code SignInWithApple} or {@code LoginWithAmazon}
 * @param attributes what the provider sent
 */
public record InboundFederationRequest(
    CognitoCall call, String providerName, String providerType, Attributes attributes) {
  /**
   * The provider's data.
   *
   * @param tokenResponse the OAuth token response (OIDC and social providers)
   * @param idToken the decoded ID token claims (OIDC and social providers)
   * @param userInfo the user-info endpoint's answer (OIDC and social providers)
   * @param samlResponse the SAML assertion's attributes (SAML providers)
   */
  public record Attributes(
      Map<String, String> tokenResponse,
      Map<String, String> idToken,
      Map<String, String> userInfo,
      Map<String, String> samlResponse) {
    public Attributes {
      tokenResponse = Copies.map(tokenResponse);
      idToken = Copies.map(idToken);
      userInfo = Copies.map(userInfo);
      samlResponse = Copies.map(samlResponse);
    }
  }

  public InboundFederationRequest {
    if (attributes == null) {
      attributes = new Attributes(null, null, null, null);
    }
  }
}
