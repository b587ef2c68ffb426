package io.lambdaforge.events.cognito;

/**
 * Who called Cognito: {@code callerContext} of every user-pool trigger event.
 *
 * @param awsSdkVersion the SDK of the caller, e.g. {@code aws-sdk-unknown-unknown}
 * @param clientId the ID of the user-pool app client
 */
public record CallerContext(String awsSdkVersion, String clientId) {}
