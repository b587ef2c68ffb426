package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an API Gateway HTTP API JWT authorizer that {@code API_GATEWAY_HTTP} triggers reference
 * by {@link #name()} ({@code @Trigger(authorizer = "orders")}). API Gateway validates the token's
 * signature against the issuer's JWKS, its {@code iss}, its {@code aud} or {@code client_id},
 * {@code exp}, {@code nbf} and {@code iat}, and the route's scopes, before it invokes the function
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html).
 * REST APIs have no JWT authorizer: use {@link CognitoAuthorizer} there.
 *
 * <p>Put it on any class or {@code package-info.java} of the compilation; names are unique across
 * the compilation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(JwtAuthorizer.List.class)
public @interface JwtAuthorizer {
  /** The authorizer's name, 1 to 64 of {@code [A-Za-z0-9]}: routes reference it. */
  String name();

  /** The issuer URL, e.g. {@code https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123}. */
  String issuer();

  /** The accepted audiences ({@code aud} or {@code client_id} values); at least one. */
  String[] audience();

  /** Where the token is: an identity-source selection expression. */
  String identitySource() default "$request.header.Authorization";

  /** The container of repeated {@code @JwtAuthorizer}s. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    JwtAuthorizer[] value();
  }
}
