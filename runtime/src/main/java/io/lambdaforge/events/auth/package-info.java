/**
 * What API Gateway authorizers establish, as a function sees it ({@link
 * io.lambdaforge.events.auth.Auth}), and what a {@code @LambdaAuthorizer} method answers ({@link
 * io.lambdaforge.events.auth.AuthDecision}). docs/authorization.md describes both.
 */
package io.lambdaforge.events.auth;
