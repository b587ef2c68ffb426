package io.lambdaforge.descriptor.model;

/** What invokes a function. */
public enum TriggerSource {
  /** An Application Load Balancer target group (wired with plain CloudFormation resources). */
  ALB,
  /** An API Gateway REST API route, Lambda proxy integration payload 1.0 (SAM {@code Api} event). */
  API_GATEWAY_REST,
  /** An API Gateway HTTP API route, payload 2.0 (SAM {@code HttpApi} event). */
  API_GATEWAY_HTTP,
  /** Direct invoke through the AWS SDK or CLI; nothing to wire. */
  SDK;

  /** Whether this source routes HTTP requests by method and path. */
  public boolean isHttp() {
    return this != SDK;
  }
}
