package io.lambdaforge.events.cognito;

import java.util.Map;

/**
 * Create auth challenge trigger response (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html).
 *
 * @param publicChallengeParameters what the client sees
 * @param privateChallengeParameters what the verify trigger sees (the expected answer)
 * @param challengeMetadata a name for this challenge in later {@code session} entries
 */
public record CreateAuthChallengeResponse(
    Map<String, String> publicChallengeParameters,
    Map<String, String> privateChallengeParameters,
    String challengeMetadata) {
  public CreateAuthChallengeResponse {
    publicChallengeParameters = Copies.map(publicChallengeParameters);
    privateChallengeParameters = Copies.map(privateChallengeParameters);
  }
}
