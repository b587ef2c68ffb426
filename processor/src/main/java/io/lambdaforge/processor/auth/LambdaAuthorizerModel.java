package io.lambdaforge.processor.auth;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One {@code @LambdaAuthorizer} method, free of {@code javax.lang.model}.
 *
 * @param name the authorizer's name
 * @param token whether it is a REST {@code TOKEN} authorizer (else {@code REQUEST})
 * @param identitySource the identity source expressions as written (comma separated)
 * @param resultTtlSeconds the result cache TTL
 * @param functionName its function's name
 * @param memory its function's memory in MB
 * @param timeout its function's timeout in seconds
 * @param enclosingType the class declaring the method
 * @param methodName the method's name
 * @param isStatic whether the method is static
 * @param parameters what each parameter receives, in order
 * @param adapter the generated adapter class
 * @param averageDurationMs cost estimate: the function's average duration
 * @param cacheHitPercent cost estimate: the share of protected requests answered from the cache
 */
public record LambdaAuthorizerModel(
    String name,
    boolean token,
    String identitySource,
    int resultTtlSeconds,
    String functionName,
    int memory,
    int timeout,
    ClassName enclosingType,
    String methodName,
    boolean isStatic,
    List<Parameter> parameters,
    ClassName adapter,
    long averageDurationMs,
    int cacheHitPercent) {

  /** The cache-hit share assumed when the declaration gives none, with a result cache. */
  public static final int ASSUMED_CACHE_HIT_PERCENT = 80;

  /** What a parameter of an authorizer method receives. */
  public enum Parameter {
    /** The identity: the token, or the first identity source's value. */
    IDENTITY,
    /** The request ({@code HttpRequest}); REQUEST authorizers only. */
    REQUEST,
    /** The Lambda {@code Context}. */
    CONTEXT
  }

  public LambdaAuthorizerModel {
    parameters = List.copyOf(parameters);
  }

  /** The Lambda handler string. */
  public String handler() {
    return adapter.canonicalName() + "::handleRequest";
  }

  /** {@code com.acme.Keys#check}, for messages. */
  public String qualifiedMethod() {
    return enclosingType.canonicalName() + "#" + methodName;
  }
}
