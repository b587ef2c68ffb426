/**
 * The HTTP family: ALB, API Gateway REST API and HTTP API triggers, which route requests by
 * method and path. Shared routing rules live in {@code Routes} and {@code RouteCheck}; the API
 * Gateway specifics in {@code GatewayWiring}, {@code RestApiDefinition} and the gateway part of
 * {@code HttpCosts}; the ALB specifics in {@code AlbWiring}, {@code AlbLoad} and the ALB part of
 * {@code HttpCosts}.
 */
package io.lambdaforge.descriptor.family.http;
