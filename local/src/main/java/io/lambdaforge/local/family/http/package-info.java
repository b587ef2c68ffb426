/**
 * The HTTP family: API Gateway HTTP API (payload 2.0), REST API (payload 1.0) and ALB Lambda
 * targets, which share routing and binding. It holds the front doors {@code serve} emulates
 * (route matching, request validation, the exact event each sends, response translation), their
 * sample events, how their events are recognised and the trigger the what-if calculator prices.
 */
package io.lambdaforge.local.family.http;
