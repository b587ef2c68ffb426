package io.lambdaforge.events.cognito;

import java.util.List;
import java.util.Map;

/**
 * Pre token generation trigger response, event versions 2 and 3: {@code
 * claimsAndScopeOverrideDetails} (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html). Claim values
 * may be complex: a {@code String}, a {@code Number}, a {@code Boolean}, a {@code List} or a
 * {@code Map} (a JSON object), written as JSON.
 *
 * @param claimsAndScopeOverrideDetails what to change in the ID and access tokens
 */
public record PreTokenGenerationV2Response(ClaimsAndScopeOverrideDetails claimsAndScopeOverrideDetails) {
  /**
   * The V2/V3 changes.
   *
   * @param idTokenGeneration changes to the ID token
   * @param accessTokenGeneration changes to the access token
   * @param groupOverrideDetails the groups and roles to write instead, or null to keep them
   */
  public record ClaimsAndScopeOverrideDetails(
      IdTokenGeneration idTokenGeneration,
      AccessTokenGeneration accessTokenGeneration,
      GroupConfiguration groupOverrideDetails) {}

  /**
   * Changes to the ID token.
   *
   * @param claimsToAddOrOverride claims to add or override (complex values allowed)
   * @param claimsToSuppress claims to remove
   */
  public record IdTokenGeneration(Map<String, Object> claimsToAddOrOverride, List<String> claimsToSuppress) {
    public IdTokenGeneration {
      claimsToAddOrOverride = Copies.map(claimsToAddOrOverride);
      claimsToSuppress = Copies.list(claimsToSuppress);
    }
  }

  /**
   * Changes to the access token.
   *
   * @param claimsToAddOrOverride claims to add or override (complex values allowed)
   * @param claimsToSuppress claims to remove
   * @param scopesToAdd OAuth scopes to add
   * @param scopesToSuppress OAuth scopes to remove
   */
  public record AccessTokenGeneration(
      Map<String, Object> claimsToAddOrOverride,
      List<String> claimsToSuppress,
      List<String> scopesToAdd,
      List<String> scopesToSuppress) {
    public AccessTokenGeneration {
      claimsToAddOrOverride = Copies.map(claimsToAddOrOverride);
      claimsToSuppress = Copies.list(claimsToSuppress);
      scopesToAdd = Copies.list(scopesToAdd);
      scopesToSuppress = Copies.list(scopesToSuppress);
    }
  }

  /** Changes nothing. */
  public static PreTokenGenerationV2Response unchanged() {
    return new PreTokenGenerationV2Response(new ClaimsAndScopeOverrideDetails(
        new IdTokenGeneration(Map.of(), List.of()),
        new AccessTokenGeneration(Map.of(), List.of(), List.of(), List.of()),
        null));
  }

  /** This response with ID-token claim {@code name} set to {@code value} (string, number, boolean, list or map). */
  public PreTokenGenerationV2Response withIdTokenClaim(String name, Object value) {
    IdTokenGeneration id = details().idTokenGeneration();
    return with(new IdTokenGeneration(Copies.with(id.claimsToAddOrOverride(), name, value), id.claimsToSuppress()),
        details().accessTokenGeneration());
  }

  /** This response with access-token claim {@code name} set to {@code value} (string, number, boolean, list or map). */
  public PreTokenGenerationV2Response withAccessTokenClaim(String name, Object value) {
    AccessTokenGeneration a = details().accessTokenGeneration();
    return with(details().idTokenGeneration(), new AccessTokenGeneration(
        Copies.with(a.claimsToAddOrOverride(), name, value), a.claimsToSuppress(), a.scopesToAdd(), a.scopesToSuppress()));
  }

  /** This response with claim {@code name} removed from both tokens. */
  public PreTokenGenerationV2Response withoutClaim(String name) {
    IdTokenGeneration id = details().idTokenGeneration();
    AccessTokenGeneration a = details().accessTokenGeneration();
    return with(new IdTokenGeneration(id.claimsToAddOrOverride(), Copies.with(id.claimsToSuppress(), name)),
        new AccessTokenGeneration(a.claimsToAddOrOverride(), Copies.with(a.claimsToSuppress(), name),
            a.scopesToAdd(), a.scopesToSuppress()));
  }

  /** This response with OAuth scope {@code scope} added to the access token. */
  public PreTokenGenerationV2Response withScope(String scope) {
    AccessTokenGeneration a = details().accessTokenGeneration();
    return with(details().idTokenGeneration(), new AccessTokenGeneration(
        a.claimsToAddOrOverride(), a.claimsToSuppress(), Copies.with(a.scopesToAdd(), scope), a.scopesToSuppress()));
  }

  /** This response with OAuth scope {@code scope} removed from the access token. */
  public PreTokenGenerationV2Response withoutScope(String scope) {
    AccessTokenGeneration a = details().accessTokenGeneration();
    return with(details().idTokenGeneration(), new AccessTokenGeneration(
        a.claimsToAddOrOverride(), a.claimsToSuppress(), a.scopesToAdd(), Copies.with(a.scopesToSuppress(), scope)));
  }

  /** This response with the groups and roles replaced by {@code groups}. */
  public PreTokenGenerationV2Response withGroups(GroupConfiguration groups) {
    return new PreTokenGenerationV2Response(new ClaimsAndScopeOverrideDetails(
        details().idTokenGeneration(), details().accessTokenGeneration(), groups));
  }

  private ClaimsAndScopeOverrideDetails details() {
    ClaimsAndScopeOverrideDetails d = claimsAndScopeOverrideDetails;
    if (d == null || d.idTokenGeneration() == null || d.accessTokenGeneration() == null) {
      ClaimsAndScopeOverrideDetails empty = unchanged().claimsAndScopeOverrideDetails;
      return new ClaimsAndScopeOverrideDetails(
          d == null || d.idTokenGeneration() == null ? empty.idTokenGeneration() : d.idTokenGeneration(),
          d == null || d.accessTokenGeneration() == null ? empty.accessTokenGeneration() : d.accessTokenGeneration(),
          d == null ? null : d.groupOverrideDetails());
    }
    return d;
  }

  private PreTokenGenerationV2Response with(IdTokenGeneration id, AccessTokenGeneration access) {
    return new PreTokenGenerationV2Response(
        new ClaimsAndScopeOverrideDetails(id, access, details().groupOverrideDetails()));
  }
}
