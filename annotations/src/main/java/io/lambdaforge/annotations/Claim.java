package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a claim of the token a JWT or Cognito authorizer validated: REST {@code
 * requestContext.authorizer.claims}, HTTP API {@code requestContext.authorizer.jwt.claims}.
 *
 * <p>Supported types: {@code String}, primitives and their boxes, enums, {@code UUID}, {@code
 * Instant} (for {@code exp}, {@code iat}, {@code auth_time}: epoch seconds, or REST's {@code "Fri
 * Jul 29 18:52:53 UTC 2016"}), {@code List<T>} of those (JSON arrays, and the {@code "[a b]"} text
 * API Gateway makes of an array claim), {@code Optional<T>}. Every source gives the same Java
 * values. Every trigger of the function must have an authorizer; a missing required claim is a 403
 * (a real gateway never lets such a request through, so it is also logged as an error).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Claim {
  /** The claim's name, e.g. {@code sub} or {@code cognito:groups}. */
  String value();
}
