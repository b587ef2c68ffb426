/**
 * The typed contract of Amazon Cognito user-pool Lambda triggers
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html):
 * one request record per trigger (the common envelope as {@link io.lambdaforge.events.cognito.CognitoCall}
 * plus the trigger's {@code request} object) and one response record per trigger that answers
 * with one. A {@code @Function} with {@code @Trigger(source = Source.COGNITO_USER_POOL)} takes the
 * request and returns the response (or {@code void} for the triggers whose response is empty);
 * its generated adapter echoes the event with {@code response} filled. Throw {@link
 * io.lambdaforge.events.cognito.CognitoRejection} to refuse with a message Cognito shows.
 */
package io.lambdaforge.events.cognito;
