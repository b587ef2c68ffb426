package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One event source that invokes a {@link Function}. A function may carry several triggers (for
 * example ALB, an HTTP API route and direct SDK invoke); its one adapter recognises each event by
 * its shape and answers in that source's format.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Trigger {

  /** The event source. */
  Source source();

  /**
   * The HTTP method ({@code "GET"}, {@code "POST"}, {@code "PUT"}, {@code "PATCH"},
   * {@code "DELETE"}, {@code "HEAD"}, {@code "OPTIONS"}) or {@code "ANY"}. Ignored for
   * {@link Source#SDK}.
   */
  String method() default "ANY";

  /**
   * The route template for HTTP sources, e.g. {@code "/orders/{id}"}; {@code {name+}} as the last
   * segment is greedy ({@code "/files/{path+}"}). Required for HTTP sources, empty for
   * {@link Source#SDK}.
   */
  String path() default "";

  /** ALB only: the listener-rule priority, 1 to 50000, unique across the application. */
  int priority() default 0;

  /**
   * ALB only: whether the target group has {@code lambda.multi_value_headers.enabled}; the adapter
   * then reads and writes {@code multiValueHeaders} instead of {@code headers}.
   */
  boolean multiValueHeaders() default false;

  /**
   * API Gateway only: the authorizer that protects the route, by name ({@link JwtAuthorizer} on
   * HTTP APIs, {@link CognitoAuthorizer} on REST APIs, {@link LambdaAuthorizer} on either), or
   * {@code "AWS_IAM"} for IAM (SigV4) authorization. Empty means the {@link DefaultAuthorizer} of
   * the class or package, or none; {@code "NONE"} opts out of the default. A function URL's
   * authorization is {@link FunctionUrl#auth()}; ALB triggers take none.
   */
  String authorizer() default "";

  /**
   * The OAuth scopes the route requires (a token with any one of them passes); only with a JWT or
   * Cognito authorizer. Empty means the default's scopes when the authorizer is the default.
   */
  String[] scopes() default {};
}
