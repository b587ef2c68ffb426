package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.runtime.http.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request sample in testdata/events goes through a catch-all function; the echoed request
 * view is compared with the event's own fields, and the response with the source's documented
 * shape and the response samples.
 */
class SampleEventsTest {
  private static final EchoHandler ECHO = new EchoHandler(false);

  static List<String> requestFiles() throws IOException {
    List<String> files = Events.requestFiles();
    assertTrue(files.size() >= 25, "expected every request sample, found " + files);
    return files;
  }

  private static String sourceOf(String file) {
    return file.startsWith("alb-") ? "ALB" : file.startsWith("apigw-v1-") ? "API_GATEWAY_REST" : "API_GATEWAY_HTTP";
  }

  @ParameterizedTest
  @MethodSource("requestFiles")
  void everySampleRequestIsDecodedAndAnswered(String file) {
    ObjectNode event = Events.tree(file);
    String source = sourceOf(file);
    TestContext context = new TestContext();
    JsonNode response = Events.invoke(ECHO, Events.bytes(file), context);

    assertEquals(200, response.get("statusCode").asInt(), () -> file + ": " + response + context.log);
    assertResponseShape(source, event, response);
    assertEquals("application/json", Events.header(response, "content-type"));
    JsonNode seen = Events.body(response);

    assertEquals(source, seen.get("source").asText());
    boolean v2 = source.equals("API_GATEWAY_HTTP");
    String method = v2 ? event.at("/requestContext/http/method").asText() : event.get("httpMethod").asText();
    assertEquals(method, seen.get("method").asText());
    assertEquals(v2 ? event.get("rawPath").asText() : event.get("path").asText(), seen.get("path").asText());

    byte[] expectedBody = expectedBody(event);
    assertEquals(Base64.getEncoder().encodeToString(expectedBody), seen.get("body").asText(), file);
    assertEquals(new String(expectedBody, StandardCharsets.UTF_8), seen.get("bodyText").asText());

    assertHeaders(source, event, seen.get("headers"));
    assertQuery(source, event, seen.get("query"));
    assertCookies(source, event, seen.get("cookies"));
    assertRemoteAddress(source, event, seen);
    if (!source.equals("ALB")) {
      assertEquals(event.at("/requestContext/requestId").asText(null), seen.get("requestId").asText(null));
      assertEquals(event.at("/requestContext/stage").asText(null), seen.get("stage").asText(null));
    } else {
      assertTrue(seen.get("requestId").isNull());
    }
  }

  private static byte[] expectedBody(ObjectNode event) {
    JsonNode body = event.get("body");
    if (body == null || body.isNull()) {
      return new byte[0];
    }
    return event.path("isBase64Encoded").asBoolean()
        ? Base64.getDecoder().decode(body.asText())
        : body.asText().getBytes(StandardCharsets.UTF_8);
  }

  private static void assertHeaders(String source, ObjectNode event, JsonNode seen) {
    JsonNode multi = event.get("multiValueHeaders");
    boolean useMulti = multi != null && !multi.isNull() && !source.equals("API_GATEWAY_HTTP");
    JsonNode headers = useMulti ? multi : event.get("headers");
    int count = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); count++) {
      Map.Entry<String, JsonNode> h = it.next();
      JsonNode values = seen.get(h.getKey().toLowerCase(Locale.ROOT));
      assertNotNull(values, "header " + h.getKey());
      if (useMulti) {
        assertEquals(h.getValue(), values, h.getKey());
      } else {
        assertEquals(1, values.size());
        assertEquals(h.getValue().asText(), values.get(0).asText());
      }
    }
    assertEquals(count, seen.size(), "one entry per header name");
  }

  private static void assertQuery(String source, ObjectNode event, JsonNode seen) {
    JsonNode multi = event.get("multiValueQueryStringParameters");
    JsonNode single = event.get("queryStringParameters");
    if (source.equals("API_GATEWAY_HTTP")) {
      // rawQueryString recovers repeated keys; API Gateway's own map holds them comma-joined
      int expected = single == null ? 0 : single.size();
      assertEquals(expected, seen.size());
      if (single != null) {
        single.fields().forEachRemaining(q -> {
          List<String> values = new ArrayList<>();
          seen.get(q.getKey()).forEach(v -> values.add(v.asText()));
          assertEquals(q.getValue().asText(), String.join(",", values), q.getKey());
        });
      }
      return;
    }
    if (multi != null && !multi.isNull()) {
      assertEquals(multi, seen);
    } else if (single != null && !single.isNull()) {
      assertEquals(single.size(), seen.size());
      single.fields().forEachRemaining(q -> assertEquals(q.getValue().asText(), seen.get(q.getKey()).get(0).asText()));
    } else {
      assertEquals(0, seen.size());
    }
  }

  private static void assertCookies(String source, ObjectNode event, JsonNode seen) {
    if (source.equals("API_GATEWAY_HTTP")) {
      JsonNode cookies = event.get("cookies");
      assertEquals(cookies == null ? 0 : cookies.size(), seen.size());
      if (cookies != null) {
        // the samples send bare names ("cookie1"): a name with an empty value
        cookies.forEach(c -> assertEquals("", seen.get(c.asText()).asText()));
      }
    } else if (event.toString().toLowerCase(Locale.ROOT).contains("\"cookie\"")) {
      assertEquals("value", seen.get("name").asText());
    } else {
      assertEquals(0, seen.size());
    }
  }

  private static void assertRemoteAddress(String source, ObjectNode event, JsonNode seen) {
    String expected;
    if (source.equals("API_GATEWAY_HTTP")) {
      expected = event.at("/requestContext/http/sourceIp").asText();
    } else if (source.equals("API_GATEWAY_REST")) {
      expected = event.at("/requestContext/identity/sourceIp").asText();
    } else {
      JsonNode xff = event.at("/headers/x-forwarded-for");
      if (xff.isMissingNode()) {
        xff = event.at("/multiValueHeaders/x-forwarded-for/0");
      }
      expected = xff.isMissingNode() ? null : xff.asText();
    }
    assertEquals(expected, seen.get("remoteAddress").asText(null));
  }

  /** The fields a source's response must carry (event-formats.md §1.2, §2.3, §3.3). */
  private static void assertResponseShape(String source, ObjectNode event, JsonNode response) {
    Set<String> fields = new HashSet<>();
    response.fieldNames().forEachRemaining(fields::add);
    switch (source) {
      case "API_GATEWAY_REST" -> assertEquals(
          Set.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"), fields);
      case "API_GATEWAY_HTTP" -> assertEquals(
          Set.of("statusCode", "headers", "cookies", "body", "isBase64Encoded"), fields);
      default -> {
        boolean multi = event.has("multiValueHeaders") || event.has("multiValueQueryStringParameters");
        assertEquals(Set.of("statusCode", "statusDescription", multi ? "multiValueHeaders" : "headers", "body",
            "isBase64Encoded"), fields);
        assertEquals("200 OK", response.get("statusDescription").asText());
      }
    }
    assertTrue(response.get("body").isTextual());
    assertTrue(response.get("isBase64Encoded").isBoolean());
    assertTrue(response.get("statusCode").isInt());
  }

  /** Our output for each source has the field names and JSON types of that source's response samples. */
  @Test
  void responsesMatchTheResponseSamplesStructurally() throws IOException {
    Map<String, String> requestBySource = Map.of(
        "apigw-v1-", "apigw-v1-proxy-post-java-libs.json",
        "apigw-v2-", "apigw-v2-post-cookies-java-libs.json",
        "alb-", "alb-single-value-body-powertools.json");
    List<String> samples;
    try (var files = java.nio.file.Files.list(Events.DIR)) {
      samples = files.map(p -> p.getFileName().toString()).filter(n -> n.contains("-response-"))
          .filter(n -> n.startsWith("alb-") || n.startsWith("apigw-")).sorted().toList();
    }
    assertTrue(samples.size() >= 7, samples.toString());
    for (String sample : samples) {
      String prefix = sample.startsWith("alb-") ? "alb-" : sample.substring(0, "apigw-v1-".length());
      // a response with a header and a cookie, so every optional field appears
      HttpDispatcher dispatcher = HttpDispatcher.builder("shape")
          .route(io.lambdaforge.annotations.Source.ALB, "ANY", "/{p+}", (r, c) -> respondWithCookie())
          .route(io.lambdaforge.annotations.Source.API_GATEWAY_REST, "ANY", "/{p+}", (r, c) -> respondWithCookie())
          .route(io.lambdaforge.annotations.Source.API_GATEWAY_HTTP, "ANY", "/{p+}", (r, c) -> respondWithCookie())
          .build();
      JsonNode ours = Events.invoke(dispatcher, Events.bytes(requestBySource.get(prefix)), new TestContext());
      JsonNode theirs = Events.tree(sample);
      Set<String> documented = new HashSet<>();
      for (String s : samples) {
        if (s.startsWith(prefix)) {
          Events.tree(s).fieldNames().forEachRemaining(documented::add);
        }
      }
      ours.fieldNames().forEachRemaining(f -> assertTrue(documented.contains(f), sample + ": we emit undocumented " + f));
      theirs.fieldNames().forEachRemaining(f -> {
        if (ours.has(f)) {
          assertEquals(theirs.get(f).getNodeType(), ours.get(f).getNodeType(), sample + " field " + f);
          assertSameValueTypes(sample + " " + f, theirs.get(f), ours.get(f));
        }
      });
      assertFalse(ours.get("body").asText().isEmpty());
    }
  }

  private static Object respondWithCookie() {
    return HttpResponse.ok(Map.of("message", "Hello"))
        .header("X-Custom-Header", "custom-value")
        .cookie("cookie1=value1")
        .cookie("cookie2=value2");
  }

  private static void assertSameValueTypes(String what, JsonNode theirs, JsonNode ours) {
    if (theirs.isObject() && theirs.size() > 0 && ours.size() > 0) {
      JsonNode a = theirs.elements().next();
      JsonNode b = ours.elements().next();
      assertEquals(a.getNodeType(), b.getNodeType(), what + " values");
      if (a.isArray()) {
        assertEquals(a.get(0).getNodeType(), b.get(0).getNodeType(), what + " elements");
      }
    } else if (theirs.isArray() && theirs.size() > 0 && ours.size() > 0) {
      assertEquals(theirs.get(0).getNodeType(), ours.get(0).getNodeType(), what + " elements");
    }
  }
}
