package io.lambdaforge.events.cognito;

import java.util.List;
import java.util.Map;

/**
 * Pre token generation trigger response, event version 1: {@code claimsOverrideDetails}
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html). V1 claim values are strings.
 *
 * @param claimsOverrideDetails what to change in the ID token
 */
public record PreTokenGenerationResponse(ClaimsOverrideDetails claimsOverrideDetails) {
  /**
   * The V1 changes.
   *
   * @param claimsToAddOrOverride claims to add or override, string values
   * @param claimsToSuppress claims to remove
   * @param groupOverrideDetails the groups and roles to write instead, or null to keep them
   */
  public record ClaimsOverrideDetails(
      Map<String, String> claimsToAddOrOverride,
      List<String> claimsToSuppress,
      GroupConfiguration groupOverrideDetails) {
    public ClaimsOverrideDetails {
      claimsToAddOrOverride = Copies.map(claimsToAddOrOverride);
      claimsToSuppress = Copies.list(claimsToSuppress);
    }
  }

  /** Changes nothing. */
  public static PreTokenGenerationResponse unchanged() {
    return new PreTokenGenerationResponse(new ClaimsOverrideDetails(Map.of(), List.of(), null));
  }

  /** This response with claim {@code name} set to {@code value} in the ID token. */
  public PreTokenGenerationResponse withClaim(String name, String value) {
    ClaimsOverrideDetails d = claimsOverrideDetails;
    return new PreTokenGenerationResponse(new ClaimsOverrideDetails(
        Copies.with(d.claimsToAddOrOverride(), name, value), d.claimsToSuppress(), d.groupOverrideDetails()));
  }

  /** This response with claim {@code name} removed from the ID token. */
  public PreTokenGenerationResponse withoutClaim(String name) {
    ClaimsOverrideDetails d = claimsOverrideDetails;
    return new PreTokenGenerationResponse(new ClaimsOverrideDetails(
        d.claimsToAddOrOverride(), Copies.with(d.claimsToSuppress(), name), d.groupOverrideDetails()));
  }

  /** This response with the groups and roles replaced by {@code groups}. */
  public PreTokenGenerationResponse withGroups(GroupConfiguration groups) {
    ClaimsOverrideDetails d = claimsOverrideDetails;
    return new PreTokenGenerationResponse(
        new ClaimsOverrideDetails(d.claimsToAddOrOverride(), d.claimsToSuppress(), groups));
  }
}
