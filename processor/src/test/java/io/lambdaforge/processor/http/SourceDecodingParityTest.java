package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One logical request, delivered the way each source really delivers it, binds the same values
 * through an adapter the processor generated. What each source delivers follows the live captures
 * of one request through every front door published by hotsock/voker (July 2026) and the AWS pages
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 * and https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html:
 *
 * <ul>
 *   <li>REST (1.0): {@code path} as sent (encoded); query maps decoded by API Gateway (form rules).
 *   <li>HTTP API (2.0): {@code rawPath} decoded by API Gateway ({@code %2F} becomes {@code /});
 *       {@code rawQueryString} raw; query map decoded, repeated keys comma-joined; {@code cookies}.
 *   <li>ALB: {@code path} as sent (encoded); query maps raw, not decoded.
 * </ul>
 */
class SourceDecodingParityTest {
  private static RequestStreamHandler handler(String name) {
    return Adapters.INSTANCE.handler(name);
  }

  private static final class Adapters {
    static final Harness.Adapters INSTANCE =
        new Harness.Adapters(Harness.compileClean(Harness.source(
            "com.acme.Paths",
            "package com.acme;",
            "",
            "import io.lambdaforge.annotations.*;",
            "import java.util.*;",
            "",
            "public class Paths {",
            "  @Function(triggers = {",
            "      @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/items/{id}\"),",
            "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/items/{id}\"),",
            "      @Trigger(source = Source.ALB, method = \"GET\", path = \"/items/{id}\", priority = 1)})",
            "  public Map<String, Object> item(@PathParam(\"id\") String id,",
            "      @QueryParam(\"q\") Optional<String> q, @QueryParam(\"r\") List<String> r,",
            "      @CookieParam(\"c\") Optional<String> c) {",
            "    Map<String, Object> seen = new LinkedHashMap<>();",
            "    seen.put(\"id\", id);",
            "    seen.put(\"q\", q.orElse(null));",
            "    seen.put(\"r\", r);",
            "    seen.put(\"c\", c.orElse(null));",
            "    return seen;",
            "  }",
            "",
            "  @Function(triggers = {",
            "      @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/files/{path+}\"),",
            "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/files/{path+}\"),",
            "      @Trigger(source = Source.ALB, method = \"GET\", path = \"/files/{path+}\", priority = 2)})",
            "  public String files(@PathParam(\"path\") String path) {",
            "    return path;",
            "  }",
            "",
            "  @Function(triggers = {",
            "      @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/caf%C3%A9/menu\"),",
            "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/caf%C3%A9/menu\"),",
            "      @Trigger(source = Source.ALB, method = \"GET\", path = \"/caf%C3%A9/menu\", priority = 3)})",
            "  public String menu() {",
            "    return \"menu\";",
            "  }",
            "}")), "com.acme");
  }

  /** The sources, each turning what a client sent into the event that source delivers. */
  enum Delivery {
    REST {
      @Override
      byte[] event(String rawPath, String rawQuery, String cookie) {
        return Events.edited("apigw-v1-proxy-operationname-go.json", e -> {
          e.put("httpMethod", "GET").put("path", rawPath).putNull("body");
          e.with("requestContext").put("httpMethod", "GET").put("path", "/Prod" + rawPath);
          e.putNull("pathParameters");
          Map<String, List<String>> query = formDecoded(rawQuery);
          if (query.isEmpty()) {
            e.putNull("queryStringParameters").putNull("multiValueQueryStringParameters");
          } else {
            ObjectNode single = e.putObject("queryStringParameters");
            ObjectNode multi = e.putObject("multiValueQueryStringParameters");
            query.forEach((k, v) -> {
              single.put(k, v.get(v.size() - 1));
              v.forEach(multi.putArray(k)::add);
            });
          }
          cookieHeader(e, cookie, true);
        });
      }
    },
    HTTP_API {
      @Override
      byte[] event(String rawPath, String rawQuery, String cookie) {
        return Events.edited("apigw-v2-get-no-authorizer-go.json", e -> {
          String decoded = percentDecoded(rawPath);
          e.put("rawPath", decoded).put("rawQueryString", rawQuery);
          e.with("requestContext").put("stage", "$default");
          e.with("requestContext").with("http").put("method", "GET").put("path", decoded);
          Map<String, List<String>> query = formDecoded(rawQuery);
          if (!query.isEmpty()) {
            ObjectNode single = e.putObject("queryStringParameters");
            query.forEach((k, v) -> single.put(k, String.join(",", v)));
          }
          if (cookie != null) {
            e.putArray("cookies").add(cookie);
          }
        });
      }
    },
    ALB_MULTI_VALUE {
      @Override
      byte[] event(String rawPath, String rawQuery, String cookie) {
        return Events.edited("alb-multi-value-headers-go.json", e -> {
          e.put("httpMethod", "GET").put("path", rawPath);
          ObjectNode multi = e.putObject("multiValueQueryStringParameters");
          raw(rawQuery).forEach((k, v) -> v.forEach(multi.withArray(k)::add));
          cookieHeader(e, cookie, false);
        });
      }
    },
    ALB_SINGLE_VALUE {
      @Override
      byte[] event(String rawPath, String rawQuery, String cookie) {
        return Events.edited("alb-single-value-headers-go.json", e -> {
          e.put("httpMethod", "GET").put("path", rawPath);
          ObjectNode single = e.putObject("queryStringParameters");
          raw(rawQuery).forEach((k, v) -> single.put(k, v.get(v.size() - 1)));
          if (cookie != null) {
            e.with("headers").put("cookie", cookie);
          }
        });
      }
    };

    abstract byte[] event(String rawPath, String rawQuery, String cookie);
  }

  // ---- the cases

  @Test
  void aSpaceBindsAsASpaceOnEverySource() {
    assertItem("/items/space%20value?q=space%20value", "space value", "space value");
  }

  @Test
  void anEncodedPercentIsDecodedExactlyOnce() {
    // the client sends %2541; every source must bind %41, never A
    assertItem("/items/%2541?q=%2541", "%41", "%41");
  }

  @Test
  void plusIsLiteralInAPathAndASpaceInAQuery() {
    assertItem("/items/a+b?q=a+b", "a+b", "a b");
    assertItem("/items/a%2Bb?q=a%2Bb", "a+b", "a+b");
  }

  @Test
  void utf8IsDecodedOnEverySource() {
    assertItem("/items/caf%C3%A9?q=caf%C3%A9", "café", "café");
  }

  @Test
  void aMalformedEscapeIsKeptLiterallyOnEverySource() {
    assertItem("/items/bad%ZZ?q=bad%ZZ", "bad%ZZ", "bad%ZZ");
    assertItem("/items/100%25?q=100%25", "100%", "100%");
  }

  @Test
  void anEncodedSlashStaysInsideTheSegmentWhereTheSourceCanCarryIt() {
    for (Delivery source : new Delivery[] {Delivery.REST, Delivery.ALB_MULTI_VALUE, Delivery.ALB_SINGLE_VALUE}) {
      JsonNode seen = Events.body(ok(source, "item", "/items/a%2Fb", "", null));
      assertEquals("a/b", seen.get("id").asText(), source.name());
    }
    // an HTTP API delivers /items/a/b: two segments, so {id} does not match (docs/sources-and-shapes.md)
    JsonNode httpApi = Events.invoke(handler("Paths_ItemHandler"), Delivery.HTTP_API.event("/items/a%2Fb", "", null));
    assertEquals(404, httpApi.get("statusCode").asInt());
  }

  @Test
  void theGreedyParameterIsTheSameOnEverySource() {
    for (Delivery source : Delivery.values()) {
      JsonNode response = ok(source, "files", "/files/a%20b/c+d/%2541/caf%C3%A9", "", null);
      assertEquals("a b/c+d/%41/café", Events.bodyText(response), source.name());
    }
  }

  @Test
  void repeatedQueryKeysKeepEveryDecodedValue() {
    for (Delivery source : new Delivery[] {Delivery.REST, Delivery.HTTP_API, Delivery.ALB_MULTI_VALUE}) {
      JsonNode seen = Events.body(ok(source, "item", "/items/x", "r=one&r=a+b&r=c%2Cd", null));
      assertEquals("[\"one\",\"a b\",\"c,d\"]", seen.get("r").toString(), source.name());
    }
  }

  @Test
  void cookiesAreTheSameOnEverySource() {
    for (Delivery source : Delivery.values()) {
      JsonNode seen = Events.body(ok(source, "item", "/items/x", "", "c=v%20w"));
      assertEquals("v%20w", seen.get("c").asText(), source.name() + ": cookie values are not percent-decoded");
    }
  }

  @Test
  void aLiteralRouteWithAnEncodedCharacterMatchesOnEverySource() {
    for (Delivery source : Delivery.values()) {
      assertEquals("menu", Events.bodyText(ok(source, "menu", "/caf%C3%A9/menu", "", null)), source.name());
    }
  }

  // ---- helpers

  private static void assertItem(String pathAndQuery, String id, String q) {
    int question = pathAndQuery.indexOf('?');
    String rawPath = pathAndQuery.substring(0, question);
    String rawQuery = pathAndQuery.substring(question + 1);
    for (Delivery source : Delivery.values()) {
      JsonNode seen = Events.body(ok(source, "item", rawPath, rawQuery, null));
      assertEquals(id, seen.get("id").asText(), source + " path parameter of " + pathAndQuery);
      assertEquals(q, seen.get("q").asText(), source + " query value of " + pathAndQuery);
    }
  }

  private static JsonNode ok(Delivery source, String function, String rawPath, String rawQuery, String cookie) {
    String name = "Paths_" + Character.toUpperCase(function.charAt(0)) + function.substring(1) + "Handler";
    JsonNode response = Events.invoke(handler(name), source.event(rawPath, rawQuery, cookie));
    assertEquals(200, response.get("statusCode").asInt(), () -> source + " " + rawPath + ": " + response);
    return response;
  }

  private static void cookieHeader(ObjectNode event, String cookie, boolean both) {
    if (cookie == null) {
      return;
    }
    if (both) {
      event.with("headers").put("Cookie", cookie);
    }
    ArrayNode values = event.with("multiValueHeaders").putArray("Cookie");
    values.add(cookie);
  }

  /** The pairs of a raw query string, names and values as sent. */
  private static Map<String, List<String>> raw(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      out.computeIfAbsent(eq < 0 ? pair : pair.substring(0, eq), k -> new ArrayList<>())
          .add(eq < 0 ? "" : pair.substring(eq + 1));
    }
    return out;
  }

  /** What API Gateway puts in its query maps: form-decoded names and values. */
  private static Map<String, List<String>> formDecoded(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    raw(rawQuery).forEach((k, v) -> out.put(percentDecoded(k.replace('+', ' ')),
        v.stream().map(s -> percentDecoded(s.replace('+', ' '))).toList()));
    return out;
  }

  /** Each well-formed {@code %XX} decoded once as UTF-8; anything else kept as written. */
  private static String percentDecoded(String text) {
    StringBuilder out = new StringBuilder();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      bytes.reset();
      while (i + 2 < text.length() && text.charAt(i) == '%'
          && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 3;
      }
      if (bytes.size() > 0) {
        out.append(bytes.toString(StandardCharsets.UTF_8));
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }
}
