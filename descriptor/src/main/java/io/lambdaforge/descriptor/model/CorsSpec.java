package io.lambdaforge.descriptor.model;

import java.util.List;
import java.util.Locale;

/**
 * The CORS configuration of a function's HTTP routes ({@code @Cors}). Each front door applies it
 * as AWS does: an HTTP API's {@code CorsConfiguration} and a function URL's {@code Cors} are
 * applied by AWS (preflight answered, headers added); a REST API's SAM {@code Cors} answers
 * preflight and the function adds the headers; an ALB leaves both to the function.
 *
 * @param allowOrigins allowed origins, {@code *} for any; at least one
 * @param allowMethods allowed methods, {@code *} for any
 * @param allowHeaders allowed request headers
 * @param exposeHeaders response headers scripts may read
 * @param maxAgeSeconds preflight cache time; 0 sends none
 * @param allowCredentials whether {@code Access-Control-Allow-Credentials: true} is sent; never with
 *     origin {@code *} (https://fetch.spec.whatwg.org/#cors-protocol-and-credentials)
 */
public record CorsSpec(
    List<String> allowOrigins,
    List<String> allowMethods,
    List<String> allowHeaders,
    List<String> exposeHeaders,
    int maxAgeSeconds,
    boolean allowCredentials) {

  public CorsSpec {
    allowOrigins = List.copyOf(Checks.notNull(allowOrigins, "cors allowOrigins"));
    allowMethods = List.copyOf(Checks.notNull(allowMethods, "cors allowMethods"));
    allowHeaders = List.copyOf(Checks.notNull(allowHeaders, "cors allowHeaders"));
    exposeHeaders = List.copyOf(Checks.notNull(exposeHeaders, "cors exposeHeaders"));
    if (allowOrigins.isEmpty()) {
      throw new IllegalArgumentException("cors allowOrigins must name at least one origin or *");
    }
    if (maxAgeSeconds < 0) {
      throw new IllegalArgumentException("cors maxAgeSeconds must not be negative, got " + maxAgeSeconds);
    }
    if (allowCredentials && allowOrigins.contains("*")) {
      throw new IllegalArgumentException(
          "cors allowCredentials cannot be combined with origin * (browsers refuse it)");
    }
  }

  /** Whether {@code origin} (an {@code Origin} request header) is allowed. */
  public boolean allows(String origin) {
    return origin != null && (allowOrigins.contains("*") || allowOrigins.contains(origin));
  }

  /** The {@code Access-Control-Allow-Origin} value for an allowed {@code origin}. */
  public String allowOriginFor(String origin) {
    return allowOrigins.contains("*") && !allowCredentials ? "*" : origin;
  }

  /** {@code allowMethods} joined with commas, upper case. */
  public String methods() {
    return String.join(",", allowMethods).toUpperCase(Locale.ROOT);
  }
}
