package io.lambdaforge.processor.model;

import java.util.List;

/**
 * A function's {@code @Cors}, as written on the method or, failing that, on its class.
 *
 * @param allowOrigins the allowed origins, {@code *} for any
 * @param allowMethods the allowed methods, {@code *} for any
 * @param allowHeaders the allowed request headers
 * @param exposeHeaders the response headers scripts may read
 * @param maxAgeSeconds how long browsers may cache a preflight answer, 0 for no header
 * @param allowCredentials whether {@code Access-Control-Allow-Credentials: true} is sent
 */
public record CorsModel(
    List<String> allowOrigins,
    List<String> allowMethods,
    List<String> allowHeaders,
    List<String> exposeHeaders,
    int maxAgeSeconds,
    boolean allowCredentials) {

  public CorsModel {
    allowOrigins = List.copyOf(allowOrigins);
    allowMethods = List.copyOf(allowMethods);
    allowHeaders = List.copyOf(allowHeaders);
    exposeHeaders = List.copyOf(exposeHeaders);
  }
}
