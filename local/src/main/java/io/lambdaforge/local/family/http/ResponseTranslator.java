package io.lambdaforge.local.family.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.gateway.GatewayResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns what a function returned into the HTTP response its gateway would send, including the
 * gateway's own answers to function errors, timeouts and malformed responses:
 *
 * <table>
 *   <tr><th></th><th>REST</th><th>HTTP API</th><th>ALB</th></tr>
 *   <tr><td>function error, malformed response</td><td>502 {"message": "Internal server error"}</td>
 *       <td>500 {"message":"Internal Server Error"}</td><td>502</td></tr>
 *   <tr><td>timeout</td><td>504 {"message": "Endpoint request timed out"}</td>
 *       <td>503 {"message":"Service Unavailable"}</td><td>502</td></tr>
 * </table>
 */
public final class ResponseTranslator {
  private final ObjectMapper mapper;

  public ResponseTranslator(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The gateway's answer when the function failed (threw, or the runtime reported an error). */
  public static GatewayResponse functionError(Source source) {
    return switch (source) {
      case API_GATEWAY_REST -> GatewayResponse.json(502, "{\"message\": \"Internal server error\"}");
      case API_GATEWAY_HTTP, FUNCTION_URL -> GatewayResponse.json(500, "{\"message\":\"Internal Server Error\"}");
      default -> GatewayResponse.text(502, "502 Bad Gateway");
    };
  }

  /**
   * The gateway's answer when Lambda throttled the invocation: Lambda answers the gateway's Invoke
   * call with 429 {@code TooManyRequestsException}
   * (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html), which the gateway does not
   * pass on; the API Gateways answer their internal-error 500 and an ALB its 502 for a failed
   * Lambda invocation
   * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html).
   */
  public static GatewayResponse throttled(Source source) {
    return switch (source) {
      case API_GATEWAY_REST -> GatewayResponse.json(500, "{\"message\": \"Internal server error\"}");
      case API_GATEWAY_HTTP -> GatewayResponse.json(500, "{\"message\":\"Internal Server Error\"}");
      default -> GatewayResponse.text(502, "502 Bad Gateway");
    };
  }

  /** The gateway's answer when the function ran past its timeout. */
  public static GatewayResponse timeout(Source source) {
    return switch (source) {
      case API_GATEWAY_REST -> GatewayResponse.json(504, "{\"message\": \"Endpoint request timed out\"}");
      case API_GATEWAY_HTTP, FUNCTION_URL -> GatewayResponse.json(503, "{\"message\":\"Service Unavailable\"}");
      default -> GatewayResponse.text(502, "502 Bad Gateway");
    };
  }

  /** Whether {@code source} answers with the payload 2.0 response rules (HTTP API, function URL). */
  private static boolean payload2(Source source) {
    return source == Source.API_GATEWAY_HTTP || source == Source.FUNCTION_URL;
  }

  /** Translates a function's response for {@code source}; a malformed one becomes the gateway's error. */
  public GatewayResponse translate(Source source, byte[] output) {
    JsonNode response;
    try {
      response = mapper.readTree(output);
    } catch (IOException malformed) {
      return functionError(source);
    }
    if (payload2(source) && !(response != null && response.isObject() && response.has("statusCode"))) {
      // Payload 2.0 infers a 200 JSON response from any valid JSON without a statusCode.
      // A JSON string becomes the body's text; any other JSON value is the body as written.
      byte[] body = response == null || response.isNull() ? new byte[0]
          : response.isTextual() ? response.asText().getBytes(StandardCharsets.UTF_8) : output;
      return new GatewayResponse(200, List.of(Map.entry("content-type", "application/json")), body);
    }
    if (response == null || !response.isObject() || !response.path("statusCode").canConvertToInt()
        || response.path("statusCode").asInt() < 100 || response.path("statusCode").asInt() > 599) {
      return functionError(source);
    }
    JsonNode body = response.get("body");
    if (body != null && !body.isNull() && !body.isTextual()) {
      return functionError(source);
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    boolean multiValue = response.hasNonNull("multiValueHeaders");
    if (source != Source.ALB || !multiValue) {
      for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> header = it.next();
        if (!(source == Source.API_GATEWAY_REST && response.path("multiValueHeaders").has(header.getKey()))) {
          headers.add(Map.entry(header.getKey(), header.getValue().asText()));
        }
      }
    }
    if (!payload2(source)) {
      for (Iterator<Map.Entry<String, JsonNode>> it = response.path("multiValueHeaders").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> header = it.next();
        for (JsonNode value : header.getValue()) {
          headers.add(Map.entry(header.getKey(), value.asText()));
        }
      }
    } else {
      for (JsonNode cookie : response.path("cookies")) {
        headers.add(Map.entry("set-cookie", cookie.asText()));
      }
    }
    byte[] bytes;
    if (body == null || body.isNull()) {
      bytes = new byte[0];
    } else if (response.path("isBase64Encoded").asBoolean(false)) {
      try {
        bytes = Base64.getDecoder().decode(body.asText());
      } catch (IllegalArgumentException notBase64) {
        return functionError(source);
      }
    } else {
      bytes = body.asText().getBytes(StandardCharsets.UTF_8);
    }
    return new GatewayResponse(response.get("statusCode").asInt(), headers, bytes);
  }
}
