package io.lambdaforge.events.cognito;

import java.util.List;

/**
 * The groups and IAM roles of a user in the token ({@code groupConfiguration} in the request,
 * {@code groupOverrideDetails} in the response of pre token generation).
 *
 * @param groupsToOverride the group names
 * @param iamRolesToOverride the IAM role ARNs
 * @param preferredRole the preferred IAM role ARN, or null
 */
public record GroupConfiguration(
    List<String> groupsToOverride, List<String> iamRolesToOverride, String preferredRole) {
  public GroupConfiguration {
    groupsToOverride = Copies.list(groupsToOverride);
    iamRolesToOverride = Copies.list(iamRolesToOverride);
  }
}
