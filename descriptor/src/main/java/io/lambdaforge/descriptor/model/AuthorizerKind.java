package io.lambdaforge.descriptor.model;

import io.lambdaforge.descriptor.family.SourceFamilies;

/**
 * What kind of authorizer an {@link AuthorizerSpec} declares, and so which API may use it.
 *
 * <ul>
 *   <li>{@link #JWT}: an HTTP API JWT authorizer
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html);
 *   <li>{@link #COGNITO}: a REST API Amazon Cognito user-pool authorizer
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html);
 *   <li>{@link #LAMBDA_TOKEN}: a REST API Lambda authorizer of type {@code TOKEN} (one header);
 *   <li>{@link #LAMBDA_REQUEST}: a Lambda authorizer of type {@code REQUEST}: on a REST API, or on
 *       an HTTP API with payload format 2.0 and simple responses
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html,
 *       https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html).
 * </ul>
 */
public enum AuthorizerKind {
  JWT,
  COGNITO,
  LAMBDA_TOKEN,
  LAMBDA_REQUEST;

  /** Whether a Lambda function (the generated authorizer function) answers for it. */
  public boolean isLambda() {
    return this == LAMBDA_TOKEN || this == LAMBDA_REQUEST;
  }

  /** Whether routes protected by it may require OAuth scopes ({@code AuthorizationScopes}). */
  public boolean acceptsScopes() {
    return this == JWT || this == COGNITO;
  }

  /**
   * Whether a route of {@code source} may use it: its family's answer ({@link
   * io.lambdaforge.descriptor.family.SourceFamily#authorizerKinds}): JWT on HTTP APIs; Cognito
   * and Lambda {@code TOKEN} on REST APIs; Lambda {@code REQUEST} on both; none on function URLs
   * and ALBs.
   */
  public boolean appliesTo(TriggerSource source) {
    return SourceFamilies.of(source).authorizerKinds(source).contains(this);
  }
}
