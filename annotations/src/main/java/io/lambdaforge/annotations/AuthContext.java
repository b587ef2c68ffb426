package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a value of the context a Lambda authorizer returned: REST {@code
 * requestContext.authorizer.<key>}, HTTP API {@code requestContext.authorizer.lambda.<key>}.
 * Context values are strings, numbers and booleans (API Gateway drops or rejects arrays and
 * objects), so the parameter is {@code String}, a primitive or its box, an enum, {@code UUID},
 * {@code Instant} or {@code Optional<T>} of those. A missing required value is a 403.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface AuthContext {
  /** The context key, e.g. {@code tenant}. */
  String value();
}
