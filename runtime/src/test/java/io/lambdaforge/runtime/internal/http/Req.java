package io.lambdaforge.runtime.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds request events from the real samples, changing only what a test needs. Query values are
 * given as they would appear on the wire (raw) and placed per source: HTTP API rawQueryString +
 * comma-joined map, REST decoded multi-value map, ALB raw map in the event's mode.
 */
final class Req {
  private final Source source;
  private final boolean albMulti;
  private final String method;
  private final String path;
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final List<String> cookies = new ArrayList<>();
  private String stage;
  private String body;
  private boolean base64;

  private Req(Source source, boolean albMulti, String method, String path) {
    this.source = source;
    this.albMulti = albMulti;
    this.method = method;
    this.path = path;
  }

  static Req v2(String method, String path) {
    return new Req(Source.API_GATEWAY_HTTP, false, method, path);
  }

  static Req rest(String method, String path) {
    return new Req(Source.API_GATEWAY_REST, false, method, path);
  }

  static Req alb(String method, String path) {
    return new Req(Source.ALB, false, method, path);
  }

  static Req albMulti(String method, String path) {
    return new Req(Source.ALB, true, method, path);
  }

  static Req of(Source source, String method, String path) {
    return new Req(source, false, method, path);
  }

  /** A query pair; {@code rawValue} as sent on the wire. */
  Req query(String name, String rawValue) {
    query.computeIfAbsent(name, k -> new ArrayList<>()).add(rawValue);
    return this;
  }

  Req header(String name, String value) {
    headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  /** One cookie pair {@code name=value} (a Cookie header for REST/ALB, a cookies entry for HTTP API). */
  Req cookie(String pair) {
    cookies.add(pair);
    return this;
  }

  Req stage(String stage) {
    this.stage = stage;
    return this;
  }

  Req body(String text) {
    this.body = text;
    this.base64 = false;
    return this;
  }

  Req binaryBody(byte[] bytes) {
    this.body = Base64.getEncoder().encodeToString(bytes);
    this.base64 = true;
    return this;
  }

  Req json(String text) {
    return header("content-type", "application/json").body(text);
  }

  byte[] bytes() {
    ObjectNode e;
    switch (source) {
      case API_GATEWAY_HTTP -> {
        e = Events.tree("apigw-v2-get-no-authorizer-go.json");
        e.put("rawPath", path);
        ((ObjectNode) e.get("requestContext").get("http")).put("method", method).put("path", path);
        if (stage != null) {
          ((ObjectNode) e.get("requestContext")).put("stage", stage);
        }
        StringBuilder raw = new StringBuilder();
        ObjectNode joined = JsonNodeFactory.instance.objectNode();
        query.forEach((k, vs) -> {
          for (String v : vs) {
            raw.append(raw.length() == 0 ? "" : "&").append(k).append('=').append(v);
          }
          joined.put(k, String.join(",", vs));
        });
        e.put("rawQueryString", raw.toString());
        if (!query.isEmpty()) {
          e.set("queryStringParameters", joined);
        }
        ObjectNode h = (ObjectNode) e.get("headers");
        headers.forEach((k, vs) -> h.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", vs)));
        if (!cookies.isEmpty()) {
          ArrayNode c = e.putArray("cookies");
          cookies.forEach(c::add);
        }
      }
      case API_GATEWAY_REST -> {
        e = Events.tree("apigw-v1-proxy-post-java-libs.json");
        e.put("path", path).put("httpMethod", method);
        ((ObjectNode) e.get("requestContext")).put("httpMethod", method);
        e.remove("queryStringParameters");
        e.remove("pathParameters");
        if (!query.isEmpty()) {
          ObjectNode single = e.putObject("queryStringParameters");
          ObjectNode multi = e.putObject("multiValueQueryStringParameters");
          query.forEach((k, vs) -> {
            ArrayNode a = multi.putArray(decode(k));
            vs.forEach(v -> a.add(decode(v)));
            single.put(decode(k), decode(vs.get(vs.size() - 1)));
          });
        }
        ObjectNode single = (ObjectNode) e.get("headers");
        ObjectNode multi = e.putObject("multiValueHeaders");
        single.fields().forEachRemaining(f -> multi.putArray(f.getKey()).add(f.getValue().asText()));
        Map<String, List<String>> all = new LinkedHashMap<>(headers);
        if (!cookies.isEmpty()) {
          all.put("Cookie", List.of(String.join("; ", cookies)));
        }
        all.forEach((k, vs) -> {
          ArrayNode a = multi.putArray(k);
          vs.forEach(a::add);
          single.put(k, vs.get(vs.size() - 1));
        });
      }
      default -> {
        e = Events.tree(albMulti ? "alb-multi-value-headers-go.json" : "alb-single-value-headers-go.json");
        e.put("path", path).put("httpMethod", method);
        Map<String, List<String>> all = new LinkedHashMap<>(headers);
        if (!cookies.isEmpty()) {
          all.put("cookie", List.of(String.join("; ", cookies)));
        }
        if (albMulti) {
          ObjectNode q = e.putObject("multiValueQueryStringParameters");
          query.forEach((k, vs) -> vs.forEach(q.withArray(k)::add));
          ObjectNode h = (ObjectNode) e.get("multiValueHeaders");
          all.forEach((k, vs) -> vs.forEach(h.putArray(k.toLowerCase(java.util.Locale.ROOT))::add));
        } else {
          ObjectNode q = e.putObject("queryStringParameters");
          query.forEach((k, vs) -> q.put(k, vs.get(vs.size() - 1)));
          ObjectNode h = (ObjectNode) e.get("headers");
          all.forEach((k, vs) -> h.put(k.toLowerCase(java.util.Locale.ROOT), vs.get(vs.size() - 1)));
        }
      }
    }
    if (body == null) {
      e.remove("body");
    } else {
      e.put("body", body);
    }
    e.put("isBase64Encoded", base64);
    try {
      return Json.writer().writeValueAsBytes(e);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static String decode(String raw) {
    return java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }
}
