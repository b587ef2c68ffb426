package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an API Gateway REST API Amazon Cognito user-pool authorizer that {@code
 * API_GATEWAY_REST} triggers reference by {@link #name()}. API Gateway validates the ID or access
 * token the user pool issued, and, for routes with scopes, that an access token carries one of them
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html).
 * HTTP APIs use {@link JwtAuthorizer} with the pool's issuer instead.
 *
 * <p>Put it on any class or {@code package-info.java} of the compilation; names are unique across
 * the compilation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(CognitoAuthorizer.List.class)
public @interface CognitoAuthorizer {
  /** The authorizer's name, 1 to 64 of {@code [A-Za-z0-9]}: routes reference it. */
  String name();

  /** The user pool ARN, {@code arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>}. */
  String userPoolArn();

  /** The request header that carries the token. */
  String identitySource() default "Authorization";

  /** The container of repeated {@code @CognitoAuthorizer}s. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    CognitoAuthorizer[] value();
  }
}
