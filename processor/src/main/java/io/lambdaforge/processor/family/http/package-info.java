/**
 * The HTTP source family (ALB, API Gateway REST, HTTP API): trigger, binding and route rules, the
 * HTTP adapter with its invoker, and the APIs documented with OpenAPI.
 */
package io.lambdaforge.processor.family.http;
