package io.lambdaforge.local.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The HTTP response a gateway sends its client: status, headers in order, body bytes. */
public record GatewayResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

  public GatewayResponse {
    headers = List.copyOf(headers);
  }

  /** A response with a JSON body. */
  public static GatewayResponse json(int status, String json) {
    return new GatewayResponse(
        status,
        List.of(Map.entry("Content-Type", "application/json")),
        json.getBytes(StandardCharsets.UTF_8));
  }

  /** A response with a UTF-8 plain-text body. */
  public static GatewayResponse text(int status, String text) {
    return new GatewayResponse(
        status,
        List.of(Map.entry("Content-Type", "text/plain; charset=utf-8")),
        text.getBytes(StandardCharsets.UTF_8));
  }
}
