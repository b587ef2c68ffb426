package io.lambdaforge.local.family.http;

import io.lambdaforge.descriptor.model.CorsSpec;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CORS as the front doors that apply it themselves answer it, for {@code serve}:
 *
 * <ul>
 *   <li>an HTTP API and a function URL answer a preflight ({@code OPTIONS} with {@code Origin} and
 *       {@code Access-Control-Request-Method}) themselves, 204 with the configured headers, and add
 *       {@code Access-Control-Allow-Origin} (and credentials, exposed headers) to the function's
 *       responses, ignoring any CORS headers the function wrote
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html: "API Gateway
 *       automatically sends a response to preflight OPTIONS requests, even if there isn't an OPTIONS
 *       route configured", "adds the configured CORS headers to the response from an integration",
 *       "ignores CORS headers returned from your backend integration";
 *       https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors);
 *   <li>a REST API answers every {@code OPTIONS} request with SAM's mock integration: 200, empty body,
 *       the configured values whatever the {@code Origin}; the function adds the headers to its own
 *       responses (the generated adapter does);
 *   <li>an ALB applies nothing: the function answers preflight requests and adds the headers.
 * </ul>
 */
final class CorsAnswers {
  private CorsAnswers() {}

  /** Whether {@code request} is a CORS preflight. */
  static boolean isPreflight(LocalRequest request) {
    return request.method().equalsIgnoreCase("OPTIONS")
        && request.header("origin") != null
        && request.header("access-control-request-method") != null;
  }

  /** An HTTP API's or function URL's own preflight answer, or empty when it is not a preflight. */
  static Optional<GatewayResponse> gatewayPreflight(CorsSpec cors, LocalRequest request) {
    if (!isPreflight(request)) {
      return Optional.empty();
    }
    String origin = request.header("origin");
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    if (cors.allows(origin)) {
      allowOrigin(cors, origin, headers);
      headers.add(Map.entry("Access-Control-Allow-Methods", cors.methods()));
      if (!cors.allowHeaders().isEmpty()) {
        headers.add(Map.entry("Access-Control-Allow-Headers", String.join(",", cors.allowHeaders())));
      }
      if (cors.maxAgeSeconds() > 0) {
        headers.add(Map.entry("Access-Control-Max-Age", Integer.toString(cors.maxAgeSeconds())));
      }
    }
    return Optional.of(new GatewayResponse(204, headers, new byte[0]));
  }

  /**
   * A REST API's answer to any {@code OPTIONS} request on a CORS path: SAM's mock integration, 200
   * with the configured values; {@code pathMethods} are the path's methods, listed when
   * {@code allowMethods} is {@code *} (SAM then lists the path's own methods and OPTIONS, sorted,
   * {@code ANY} as every method).
   */
  static Optional<GatewayResponse> restPreflight(CorsSpec cors, LocalRequest request, List<String> pathMethods) {
    if (!request.method().equalsIgnoreCase("OPTIONS")) {
      return Optional.empty();
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    if (!cors.allowHeaders().isEmpty()) {
      headers.add(Map.entry("Access-Control-Allow-Headers", String.join(",", cors.allowHeaders())));
    }
    String methods;
    if (cors.allowMethods().contains("*")) {
      java.util.TreeSet<String> listed = new java.util.TreeSet<>();
      for (String method : pathMethods) {
        if (method.equals("ANY")) {
          listed.addAll(List.of("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"));
        } else {
          listed.add(method);
        }
      }
      listed.add("OPTIONS");
      methods = String.join(",", listed);
    } else {
      methods = cors.methods();
    }
    headers.add(Map.entry("Access-Control-Allow-Methods", methods));
    headers.add(Map.entry("Access-Control-Allow-Origin", cors.allowOrigins().get(0)));
    if (cors.maxAgeSeconds() > 0) {
      headers.add(Map.entry("Access-Control-Max-Age", Integer.toString(cors.maxAgeSeconds())));
    }
    if (cors.allowCredentials()) {
      headers.add(Map.entry("Access-Control-Allow-Credentials", "true"));
    }
    headers.add(Map.entry("Content-Type", "application/json"));
    return Optional.of(new GatewayResponse(200, headers, new byte[0]));
  }

  /** The function's response as an HTTP API or function URL passes it on for a CORS request. */
  static GatewayResponse gatewayHeaders(CorsSpec cors, LocalRequest request, GatewayResponse response) {
    String origin = request.header("origin");
    if (origin == null) {
      return response;
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (Map.Entry<String, String> header : response.headers()) {
      if (!header.getKey().regionMatches(true, 0, "Access-Control-", 0, 15)) {
        headers.add(header);
      }
    }
    if (cors.allows(origin)) {
      allowOrigin(cors, origin, headers);
      if (!cors.exposeHeaders().isEmpty()) {
        headers.add(Map.entry("Access-Control-Expose-Headers", String.join(",", cors.exposeHeaders())));
      }
    }
    return new GatewayResponse(response.status(), headers, response.body());
  }

  private static void allowOrigin(CorsSpec cors, String origin, List<Map.Entry<String, String>> headers) {
    headers.add(Map.entry("Access-Control-Allow-Origin", cors.allowOriginFor(origin)));
    if (!cors.allowOriginFor(origin).equals("*")) {
      headers.add(Map.entry("Vary", "Origin"));
    }
    if (cors.allowCredentials()) {
      headers.add(Map.entry("Access-Control-Allow-Credentials", "true"));
    }
  }
}
