package io.lambdaforge.annotations;

/** The synchronous event sources a generated adapter understands. */
public enum Source {
  /** Application Load Balancer, Lambda target group. */
  ALB,
  /** API Gateway REST API, Lambda proxy integration (payload format 1.0). */
  API_GATEWAY_REST,
  /** API Gateway HTTP API, Lambda proxy integration (payload format 2.0). */
  API_GATEWAY_HTTP,
  /** Direct invocation through the SDK or CLI; the payload is any JSON value. */
  SDK,
  /**
   * An Amazon Cognito user-pool Lambda trigger, invoked synchronously; the method's parameter type
   * (a request record of {@code io.lambdaforge.events.cognito}) says which trigger it implements
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html).
   * Takes no method or path.
   */
  COGNITO_USER_POOL
}
