package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The authorizer of every API Gateway trigger in a class (or, on {@code package-info.java}, a
 * package) that does not name one: {@code @Trigger(authorizer = "")}. A class's default wins over
 * its package's. A trigger opts out with {@code authorizer = "NONE"}. Function URL, ALB and other
 * triggers are not affected.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface DefaultAuthorizer {
  /** An authorizer's name, or {@code "AWS_IAM"}. */
  String name();

  /** The scopes routes require (any one of them); JWT and Cognito authorizers only. */
  String[] scopes() default {};
}
