package io.lambdaforge.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.invoke.Report;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP response a client of the gateway receives: status, headers (looked up
 * case-insensitively) and the decoded body.
 */
public final class HttpResult {
  private final GatewayResponse response;
  private final String function;
  private final Optional<Report> report;

  HttpResult(GatewayResponse response, String function) {
    this(response, function, Optional.empty());
  }

  HttpResult(GatewayResponse response, String function, Optional<Report> report) {
    this.response = response;
    this.function = function;
    this.report = report;
  }

  /**
   * The REPORT figures of the invocation behind this response (duration, billed duration, init
   * duration on an environment's first invocation, allocated bytes); empty when no function ran.
   */
  public Optional<Report> report() {
    return report;
  }

  public int status() {
    return response.status();
  }

  /** The function that answered, or "-" when no route matched. */
  public String function() {
    return function;
  }

  /** The first value of a header, case-insensitively; null when absent. */
  public String header(String name) {
    List<String> values = headers(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a header, case-insensitively, in order (e.g. several {@code Set-Cookie}). */
  public List<String> headers(String name) {
    return response.headers().stream()
        .filter(h -> h.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .toList();
  }

  /** All headers in order, with the names as the function wrote them. */
  public List<Map.Entry<String, String>> headers() {
    return response.headers();
  }

  /** The body bytes (base64 bodies decoded). */
  public byte[] body() {
    return response.body().clone();
  }

  /** The body as UTF-8 text. */
  public String bodyString() {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** The body parsed as JSON. */
  public JsonNode bodyJson() {
    try {
      return Json.reader().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("the body is not JSON: " + bodyString(), e);
    }
  }

  @Override
  public String toString() {
    return status() + " " + headers() + " " + bodyString();
  }
}
