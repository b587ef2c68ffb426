package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns a method into an API Gateway Lambda authorizer: a function of its own, with a generated
 * adapter that answers API Gateway's authorizer contract, which triggers reference by {@link
 * #name()}.
 *
 * <p>The method returns {@code io.lambdaforge.events.auth.AuthDecision} (allow or deny, a principal
 * id and a context of string, number and boolean values) and takes any of: a {@code String} (the
 * identity: the {@code TOKEN} authorizer's token, or the first identity source's value), {@code
 * io.lambdaforge.runtime.http.HttpRequest} (the request's headers, query, path, stage variables)
 * and the Lambda {@code Context}. The adapter answers REST APIs ({@code TOKEN} and {@code REQUEST})
 * with an IAM policy document allowing or denying {@code execute-api:Invoke} on the method ARN, and
 * HTTP APIs (payload format 2.0) with a simple response {@code {"isAuthorized", "context"}}
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html).
 *
 * <pre>{@code
 * @LambdaAuthorizer(name = "apiKeys", identitySource = "$request.header.x-api-key")
 * public AuthDecision checkKey(String key) {
 *   return keys.tenantOf(key).map(t -> AuthDecision.allow("key").with("tenant", t))
 *       .orElse(AuthDecision.deny("key"));
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface LambdaAuthorizer {

  /** How a REST API calls the authorizer; HTTP APIs always send a {@code REQUEST}. */
  enum Type {
    /** REST only: one header carries a bearer token, sent as {@code authorizationToken}. */
    TOKEN,
    /** The request's headers, query, path and context, with the identity sources. */
    REQUEST
  }

  /** The authorizer's name, 1 to 64 of {@code [A-Za-z0-9]}: routes reference it. */
  String name();

  /**
   * Where the identity is: comma-separated selection expressions ({@code $request.header.X},
   * {@code $request.querystring.X}, {@code $context.X}, {@code $stageVariables.X}); a {@code
   * TOKEN} authorizer reads exactly one header. The gateway answers 401 without calling the
   * authorizer when one is missing.
   */
  String identitySource() default "$request.header.Authorization";

  /**
   * How long API Gateway caches the answer per identity, 0 (off) to 3600 seconds
   * (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html).
   */
  int resultTtlSeconds() default 300;

  /** {@code TOKEN} or {@code REQUEST}. */
  Type type() default Type.REQUEST;

  /** The authorizer function's name; empty means the method's name. */
  String functionName() default "";

  /** The authorizer function's memory in MB (128..10240). */
  int memory() default 512;

  /** The authorizer function's timeout in seconds (API Gateway waits at most 10 s for it). */
  int timeout() default 10;

  /**
   * Cost estimate: the authorizer function's average duration in ms. The default, 50 ms, assumes
   * a lookup in memory or one fast call.
   */
  long averageDurationMs() default 50;

  /**
   * Cost estimate: the percentage of protected requests API Gateway answers from its result cache
   * without invoking the authorizer, 0 to 100. The default, {@code -1}, assumes 80 when {@link
   * #resultTtlSeconds()} is above 0 (a caller making about five requests per TTL window) and 0
   * when caching is off.
   */
  int cacheHitPercent() default -1;
}
