package io.lambdaforge.runtime.internal.http;

import io.lambdaforge.annotations.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A function's {@code @Cors}, applied where AWS leaves it to the function: responses to API Gateway
 * REST proxy integrations, which must carry {@code Access-Control-Allow-Origin} themselves (SAM's
 * {@code Cors} answers the preflight with a mock integration,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html), and ALB, where
 * nothing stands between the browser and the function, so the function also answers the preflight
 * {@code OPTIONS}. HTTP APIs and function URLs apply their own CORS configuration (API Gateway and
 * Lambda answer preflight requests and add the headers), so the policy leaves their events alone.
 *
 * <p>A request is a CORS request when it has an {@code Origin} header; an allowed origin gets
 * {@code Access-Control-Allow-Origin} ({@code *} when any origin is allowed and credentials are
 * not, else the origin itself with {@code Vary: Origin}), {@code Access-Control-Allow-Credentials}
 * and {@code Access-Control-Expose-Headers}; another origin gets none (the browser then blocks the
 * response). A preflight is an {@code OPTIONS} request with {@code Origin} and
 * {@code Access-Control-Request-Method} (https://fetch.spec.whatwg.org/#cors-preflight-fetch); it is
 * answered 204 with the allowed methods, headers and max age, as an HTTP API answers it.
 */
final class CorsPolicy {
  private final List<String> origins;
  private final String methods;
  private final String allowHeaders;
  private final String exposeHeaders;
  private final int maxAgeSeconds;
  private final boolean credentials;

  CorsPolicy(String[] origins, String[] methods, String[] allowHeaders, String[] exposeHeaders,
      int maxAgeSeconds, boolean credentials) {
    if (origins == null || origins.length == 0) {
      throw new IllegalArgumentException("cors needs at least one origin");
    }
    this.origins = List.of(origins);
    this.methods = String.join(",", methods).toUpperCase(Locale.ROOT);
    this.allowHeaders = String.join(",", allowHeaders);
    this.exposeHeaders = String.join(",", exposeHeaders);
    this.maxAgeSeconds = maxAgeSeconds;
    this.credentials = credentials;
    if (credentials && this.origins.contains("*")) {
      throw new IllegalArgumentException("cors allowCredentials cannot be combined with origin *");
    }
  }

  /** Whether the function, not the front door, applies CORS for {@code source}. */
  static boolean appliesTo(Source source) {
    return source == Source.API_GATEWAY_REST || source == Source.ALB;
  }

  /** Whether {@code request} is a preflight the function answers (ALB only). */
  static boolean isPreflight(Source source, String method, EventRequest request) {
    return source == Source.ALB
        && method.equals("OPTIONS")
        && request.header("origin") != null
        && request.header("access-control-request-method") != null;
  }

  /** The answer to a preflight from {@code origin}: 204, with the headers if the origin is allowed. */
  Outgoing preflight(String origin) {
    List<String[]> headers = new ArrayList<>();
    if (allows(origin)) {
      allowOrigin(origin, headers);
      headers.add(new String[] {"Access-Control-Allow-Methods", methods});
      if (!allowHeaders.isEmpty()) {
        headers.add(new String[] {"Access-Control-Allow-Headers", allowHeaders});
      }
      if (maxAgeSeconds > 0) {
        headers.add(new String[] {"Access-Control-Max-Age", Integer.toString(maxAgeSeconds)});
      }
    }
    return new Outgoing(204, headers, List.of(), "", false);
  }

  /** {@code response} with the CORS headers for {@code origin} (unchanged when not allowed). */
  Outgoing decorate(Outgoing response, String origin) {
    if (!allows(origin)) {
      return response;
    }
    List<String[]> headers = new ArrayList<>();
    for (String[] header : response.headers()) {
      if (!header[0].regionMatches(true, 0, "Access-Control-", 0, 15)) {
        headers.add(header);
      }
    }
    allowOrigin(origin, headers);
    if (!exposeHeaders.isEmpty()) {
      headers.add(new String[] {"Access-Control-Expose-Headers", exposeHeaders});
    }
    return response.with(headers, response.cookies());
  }

  private boolean allows(String origin) {
    return origin != null && (origins.contains("*") || origins.contains(origin));
  }

  private void allowOrigin(String origin, List<String[]> headers) {
    if (origins.contains("*") && !credentials) {
      headers.add(new String[] {"Access-Control-Allow-Origin", "*"});
    } else {
      headers.add(new String[] {"Access-Control-Allow-Origin", origin});
      headers.add(new String[] {"Vary", "Origin"});
    }
    if (credentials) {
      headers.add(new String[] {"Access-Control-Allow-Credentials", "true"});
    }
  }
}
