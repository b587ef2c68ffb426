package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * Inbound federation trigger response (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html): the
 * attributes to write to the user profile; attributes left out are dropped, an empty map keeps
 * them all unchanged.
 *
 * @param userAttributesToMap the user-pool attributes
 */
public record InboundFederationResponse(Map<String, String> userAttributesToMap) {
  public InboundFederationResponse {
    userAttributesToMap = Copies.map(userAttributesToMap);
  }

  /** Keeps every attribute as mapped by the user pool. */
  public static InboundFederationResponse unchanged() {
    return new InboundFederationResponse(Map.of());
  }
}
