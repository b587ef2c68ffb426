/**
 * Not API; may change without notice. The Cognito user-pool family: {@link
 * io.lambdaforge.runtime.internal.cognito.CognitoHandler} claims the user-pool trigger events of the
 * one trigger a function implements, binds the request record of {@code
 * io.lambdaforge.events.cognito}, calls the generated invoker and echoes the event with {@code
 * response} filled. Generated adapters call {@link
 * io.lambdaforge.runtime.internal.cognito.CognitoAdapter#dispatch}.
 */
package io.lambdaforge.runtime.internal.cognito;
