/**
 * Authorizers: reading the declarations ({@code @JwtAuthorizer}, {@code @CognitoAuthorizer}, {@code
 * @LambdaAuthorizer}), the rules that need every declaration of the compilation, and the generated
 * adapter of a Lambda authorizer.
 */
package io.lambdaforge.processor.auth;
