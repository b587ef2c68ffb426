package io.lambdaforge.events.cognito;

/**
 * One earlier challenge of a custom authentication flow ({@code request.session[]})
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html).
 *
 * @param challengeName e.g. {@code SRP_A}, {@code PASSWORD_VERIFIER}, {@code CUSTOM_CHALLENGE}
 * @param challengeResult whether the user answered it correctly
 * @param challengeMetadata the metadata the create trigger gave it, or null
 */
public record ChallengeResult(String challengeName, boolean challengeResult, String challengeMetadata) {}
