package io.lambdaforge.events.cognito;

/**
 * The envelope every user-pool trigger event shares
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#cognito-user-pools-lambda-trigger-syntax-shared).
 *
 * @param version the trigger event version ({@code "1"}; {@code "2"} or {@code "3"} for pre token generation V2/V3)
 * @param triggerSource what caused the invocation
 * @param region the AWS Region
 * @param userPoolId the user pool, e.g. {@code us-east-1_EXAMPLE}
 * @param userName the user's name; absent (null) for machine-to-machine token generation
 * @param callerContext the caller
 */
public record CognitoCall(
    String version,
    CognitoTrigger triggerSource,
    String region,
    String userPoolId,
    String userName,
    CallerContext callerContext) {}
