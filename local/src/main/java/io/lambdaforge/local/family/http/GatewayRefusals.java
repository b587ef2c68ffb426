package io.lambdaforge.local.family.http;

import io.lambdaforge.local.gateway.GatewayResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The gateways' own answers when authorization stops a request, byte for byte.
 *
 * <ul>
 *   <li>HTTP API, JWT authorizer: 401 {@code {"message":"Unauthorized"}} with a {@code
 *       www-authenticate: Bearer scope="" error="invalid_token" error_description="..."} header
 *       ("Troubleshooting issues with HTTP API JWT authorizers",
 *       https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html);
 *       403 {@code {"message":"Forbidden"}} with {@code error="insufficient_scope"} when the token
 *       lacks the route's scopes; a Lambda authorizer's denial 403 {@code {"message":"Forbidden"}},
 *       a missing identity source or an {@code Unauthorized} error 401, any other failure 500
 *       ("Troubleshooting issues with HTTP API Lambda authorizers",
 *       https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-lambda-authorizer.html);
 *       IAM: 403 {@code {"message":"Forbidden"}}.
 *   <li>REST API (gateway response types,
 *       https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html):
 *       {@code UNAUTHORIZED} 401 {@code {"message":"Unauthorized"}} (Cognito failures, a missing
 *       identity source, a Lambda authorizer's {@code Unauthorized} error); {@code ACCESS_DENIED} 403
 *       {@code {"Message":"User is not authorized to access this resource with an explicit deny"}} for
 *       a policy's explicit deny and {@code {"Message":"User is not authorized to access this
 *       resource"}} for an implicit one ("Why do I get 403 errors with a Lambda authorizer",
 *       https://repost.aws/knowledge-center/api-gateway-403-error-lambda-authorizer);
 *       {@code AUTHORIZER_CONFIGURATION_ERROR} / {@code AUTHORIZER_FAILURE} 500 {@code
 *       {"message":null}}; IAM: {@code MISSING_AUTHENTICATION_TOKEN} 403 {@code {"message":"Missing
 *       Authentication Token"}} for an unsigned request, {@code INVALID_SIGNATURE} 403 for a bad
 *       signature. REST errors carry {@code x-amzn-ErrorType}.
 * </ul>
 */
final class GatewayRefusals {
  static final String UNAUTHORIZED = "{\"message\":\"Unauthorized\"}";
  static final String FORBIDDEN = "{\"message\":\"Forbidden\"}";
  static final String EXPLICIT_DENY = "{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}";
  static final String IMPLICIT_DENY = "{\"Message\":\"User is not authorized to access this resource\"}";
  static final String MISSING_TOKEN = "{\"message\":\"Missing Authentication Token\"}";
  static final String INVALID_SIGNATURE = "{\"message\":\"The request signature we calculated does not match the"
      + " signature you provided. Check your AWS Secret Access Key and signing method. Consult the service"
      + " documentation for details.\"}";
  static final String REST_AUTHORIZER_ERROR = "{\"message\":null}";
  static final String HTTP_INTERNAL_ERROR = "{\"message\":\"Internal Server Error\"}";

  private GatewayRefusals() {}

  /** An HTTP API's answer, with a {@code www-authenticate} header when {@code challenge} is not empty. */
  static GatewayResponse httpApi(int status, String body, String challenge) {
    if (challenge.isEmpty()) {
      return GatewayResponse.json(status, body);
    }
    return new GatewayResponse(status, List.of(Map.entry("Content-Type", "application/json"),
        Map.entry("www-authenticate", challenge)), body.getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code www-authenticate} challenge of a refused bearer token. */
  static String bearerChallenge(List<String> scopes, String error, String description) {
    return "Bearer scope=\"" + String.join(" ", scopes) + "\" error=\"" + error + "\" error_description=\""
        + description.replace("\"", "'") + "\"";
  }

  /** A REST API's answer with its {@code x-amzn-ErrorType}. */
  static GatewayResponse rest(int status, String body, String errorType) {
    return new GatewayResponse(status, List.of(Map.entry("Content-Type", "application/json"),
        Map.entry("x-amzn-ErrorType", errorType)), body.getBytes(StandardCharsets.UTF_8));
  }
}
