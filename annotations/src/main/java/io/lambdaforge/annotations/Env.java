package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An environment variable of a {@link Function}. The name matches {@code [a-zA-Z][a-zA-Z0-9_]*}
 * and must not be one of the keys Lambda reserves ({@code AWS_REGION}, {@code _HANDLER}, ...).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Env {
  /** The variable name. */
  String name();

  /** The variable value. */
  String value();
}
