package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Cross-origin resource sharing (CORS) for a {@link Function}'s HTTP triggers, on the method or on
 * its class (the method's wins; a class's applies to each of its functions with an HTTP trigger).
 * Each front door gets it the way AWS applies it:
 *
 * <ul>
 *   <li>API Gateway HTTP API: the API's {@code CorsConfiguration}; API Gateway answers preflight
 *       {@code OPTIONS} requests itself and adds the headers to the function's responses
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html). One API
 *       has one configuration, so functions of one API that disagree are a compile error;
 *   <li>API Gateway REST: SAM's {@code Cors} on the API answers preflight requests (a mock
 *       integration), and the generated adapter adds the headers to the proxy responses, which a
 *       proxy integration must do itself
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html);
 *   <li>ALB: the generated adapter answers the preflight {@code OPTIONS} and adds the headers;
 *   <li>Lambda function URL: {@code FunctionUrlConfig.Cors}; Lambda answers preflight requests and
 *       adds the headers (https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors).
 * </ul>
 *
 * <p>Limits checked at compile time: {@code allowCredentials} with origin {@code *} (browsers refuse
 * it), malformed origins, and each service's own limits (for example {@code maxAgeSeconds} at most
 * 86,400 for HTTP APIs and function URLs); see docs/diagnostics.md ({@code LF_CORS_*}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Cors {

  /**
   * The origins allowed to call, each {@code scheme://host[:port]} without a path, or {@code *}
   * for any origin (not with {@link #allowCredentials()}).
   */
  String[] allowOrigins();

  /** The methods allowed ({@code Access-Control-Allow-Methods}); {@code *} for any. */
  String[] allowMethods() default {"*"};

  /** The request headers allowed ({@code Access-Control-Allow-Headers}); none by default. */
  String[] allowHeaders() default {};

  /** The response headers a browser script may read ({@code Access-Control-Expose-Headers}). */
  String[] exposeHeaders() default {};

  /**
   * How long, in seconds, a browser may cache a preflight answer ({@code Access-Control-Max-Age});
   * 0, the default, sends no max age (browsers then cache for 5 seconds at most).
   */
  int maxAgeSeconds() default 0;

  /** Whether to send {@code Access-Control-Allow-Credentials: true} (cookies and authorization). */
  boolean allowCredentials() default false;
}
