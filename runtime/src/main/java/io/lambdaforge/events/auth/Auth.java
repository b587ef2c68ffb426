package io.lambdaforge.events.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the route's authorizer established, the same whatever the source delivered it: a function
 * declares a parameter of this type to receive it.
 *
 * <ul>
 *   <li>REST: {@code requestContext.authorizer.claims} (Cognito), {@code .principalId} and the
 *       other keys (a Lambda authorizer's context), {@code requestContext.identity} (IAM);
 *   <li>HTTP API: {@code requestContext.authorizer.jwt.claims} and {@code .scopes}, {@code
 *       .lambda}, {@code .iam};
 *   <li>function URL: {@code requestContext.authorizer.iam}.
 * </ul>
 *
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html)
 *
 * @param principalId a Lambda authorizer's principal id, else the {@code sub} claim, else the IAM
 *     caller's ARN; {@code null} when none
 * @param claims the token's claims: each a {@code String} (numbers and booleans as their text, as
 *     REST gives them) or a {@code List<String>} (a JSON array, or REST's and HTTP API's {@code
 *     "[a b]"} text of one); empty when none
 * @param scopes the token's scopes (HTTP API {@code jwt.scopes}, else the {@code scope} claim split
 *     on spaces); empty when none
 * @param context a Lambda authorizer's context (strings, numbers and booleans); empty when none
 * @param iam the IAM caller; {@code null} unless the route uses IAM authorization
 */
public record Auth(
    String principalId,
    Map<String, Object> claims,
    List<String> scopes,
    Map<String, Object> context,
    IamCaller iam) {

  /**
   * The IAM identity that signed the request (SigV4).
   *
   * @param accountId the caller's AWS account
   * @param userArn the caller's ARN
   * @param accessKey the access key id it signed with
   * @param callerId the caller id ({@code caller} on REST, {@code callerId} on HTTP API)
   * @param userId the user id ({@code user} on REST, {@code userId} on HTTP API)
   */
  public record IamCaller(
      String accountId, String userArn, String accessKey, String callerId, String userId) {}

  public Auth {
    claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims == null ? Map.of() : claims));
    scopes = List.copyOf(scopes == null ? List.of() : scopes);
    context = Collections.unmodifiableMap(
        new LinkedHashMap<>(context == null ? Map.of() : context));
  }

  /** The claim {@code name} as text; a list claim's elements joined with spaces. */
  public Optional<String> claim(String name) {
    Object value = claims.get(name);
    if (value instanceof List<?> list) {
      List<String> texts = new ArrayList<>();
      list.forEach(v -> texts.add(String.valueOf(v)));
      return Optional.of(String.join(" ", texts));
    }
    return Optional.ofNullable((String) value);
  }

  /** The claim {@code name} as a list: a list claim's elements, a text claim as one; empty when absent. */
  @SuppressWarnings("unchecked")
  public List<String> claimList(String name) {
    Object value = claims.get(name);
    if (value instanceof List<?> list) {
      return (List<String>) list;
    }
    return value == null ? List.of() : List.of((String) value);
  }

  /** Whether the token carries {@code scope}. */
  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  /** The IAM caller, when the route uses IAM authorization. */
  public Optional<IamCaller> iamCaller() {
    return Optional.ofNullable(iam);
  }
}
