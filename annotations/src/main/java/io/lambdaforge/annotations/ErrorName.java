package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error name an exception class is reported under when a {@link Function} with a {@link
 * Source#STEP_FUNCTIONS} trigger declares it in its {@code throws} clause: the {@code errorType} of
 * the Lambda function error, which a state's {@code Retry} and {@code Catch} match in {@code
 * ErrorEquals} (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html).
 * The name stays the same wherever the class moves or whatever it is renamed to. A declared
 * exception without this annotation is reported under its simple name (a compile-time note says
 * so). The name is a Java identifier (the generated error class's binary name), and not one of
 * Step Functions' own {@code States.} names.
 *
 * <p>Example: {@code @ErrorName("OrderRejected") class OrderRejectedException extends Exception}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ErrorName {
  /** The error name, e.g. {@code OrderRejected}. */
  String value();
}
