package io.lambdaforge.local.family.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.local.fixture.Events;
import io.lambdaforge.local.gateway.LocalRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFactoryTest {
  private static final Instant TIME = Instant.parse("2026-03-12T19:03:58.123Z");
  private static final EventFactory.Meta META = new EventFactory.Meta("req-1", TIME, "local", "localhost:3000");
  private static final EventFactory.Route ROUTE =
      new EventFactory.Route("GET", "/orders/{id}", Map.of("id", "a b"));

  private static LocalRequest get(String rawQuery, List<Map.Entry<String, String>> headers) {
    return new LocalRequest("GET", "/orders/a%20b", rawQuery, headers, new byte[0], "10.0.0.7");
  }

  @SafeVarargs
  private static LocalRequest post(String contentType, byte[] body, Map.Entry<String, String>... extra) {
    List<Map.Entry<String, String>> headers = new java.util.ArrayList<>(List.of(Map.entry("Content-Type", contentType)));
    headers.addAll(List.of(extra));
    return new LocalRequest("POST", "/orders/1", "", headers, body, "10.0.0.7");
  }

  private static final List<Map.Entry<String, String>> HEADERS = List.of(
      Map.entry("Accept", "application/json"),
      Map.entry("X-Multi", "one"),
      Map.entry("X-Multi", "two"),
      Map.entry("Cookie", "a=1; b=2"),
      Map.entry("User-Agent", "curl/8"));

  @Test
  void restEventHasTheFieldsAndTypesOfTheDocsExample() {
    ObjectNode event = EventFactory.rest(get("x=1&x=2&y=%2F", HEADERS), ROUTE, META);
    Shapes.assertLike(Events.json("apigw-v1-docs-input-format-example.json"), event, List.of(
        "/resource", "/path", "/httpMethod", "/headers", "/multiValueHeaders", "/queryStringParameters",
        "/multiValueQueryStringParameters", "/requestContext/accountId", "/requestContext/apiId",
        "/requestContext/domainName", "/requestContext/domainPrefix", "/requestContext/extendedRequestId",
        "/requestContext/httpMethod", "/requestContext/identity/sourceIp", "/requestContext/path",
        "/requestContext/protocol", "/requestContext/requestId", "/requestContext/requestTime",
        "/requestContext/requestTimeEpoch", "/requestContext/resourcePath", "/requestContext/stage",
        "/pathParameters", "/stageVariables", "/body", "/isBase64Encoded"));
    Shapes.assertLike(Events.json("apigw-v1-multivalue-java-libs.json"), event, List.of("/multiValueHeaders"));
  }

  @Test
  void restEventKeepsHeaderCaseDecodesQueryAndCarriesTheStage() {
    ObjectNode event = EventFactory.rest(get("x=1&x=2&y=%2F", HEADERS), ROUTE, META);
    assertEquals("/orders/{id}", event.get("resource").asText());
    assertEquals("GET", event.get("httpMethod").asText());
    assertEquals("two", event.at("/headers/X-Multi").asText());
    assertEquals(List.of("one", "two"), texts(event.at("/multiValueHeaders/X-Multi")));
    assertEquals("a=1; b=2", event.at("/headers/Cookie").asText());
    assertEquals(List.of("1", "2"), texts(event.at("/multiValueQueryStringParameters/x")));
    assertEquals("/", event.at("/queryStringParameters/y").asText());
    assertEquals("a b", event.at("/pathParameters/id").asText());
    assertEquals("local", event.at("/requestContext/stage").asText());
    assertEquals("/local/orders/a%20b", event.at("/requestContext/path").asText());
    assertEquals("12/Mar/2026:19:03:58 +0000", event.at("/requestContext/requestTime").asText());
    assertEquals(TIME.toEpochMilli(), event.at("/requestContext/requestTimeEpoch").asLong());
    assertEquals("req-1", event.at("/requestContext/requestId").asText());
    assertEquals("10.0.0.7", event.at("/requestContext/identity/sourceIp").asText());
    assertTrue(event.get("body").isNull());
    assertFalse(event.get("isBase64Encoded").asBoolean());
  }

  @Test
  void restEventWithoutQueryOrHeadersUsesNulls() {
    ObjectNode event = EventFactory.rest(get("", List.of()), new EventFactory.Route("GET", "/x", Map.of()), META);
    assertTrue(event.get("queryStringParameters").isNull());
    assertTrue(event.get("multiValueQueryStringParameters").isNull());
    assertTrue(event.get("headers").isNull());
    assertTrue(event.get("pathParameters").isNull());
  }

  @Test
  void httpApiEventHasTheFieldsAndTypesOfTheDocsExample() {
    ObjectNode event = EventFactory.httpApi(post("application/json", "{}".getBytes(StandardCharsets.UTF_8),
        Map.entry("Cookie", "a=1; b=2")), ROUTE, META);
    Shapes.assertLike(Events.json("apigw-v2-docs-input-format-example.json"), event, List.of(
        "/version", "/routeKey", "/rawPath", "/rawQueryString", "/cookies", "/headers",
        "/requestContext/accountId", "/requestContext/apiId", "/requestContext/domainName",
        "/requestContext/domainPrefix", "/requestContext/http/method", "/requestContext/http/path",
        "/requestContext/http/protocol", "/requestContext/http/sourceIp", "/requestContext/http/userAgent",
        "/requestContext/requestId", "/requestContext/routeKey", "/requestContext/stage",
        "/requestContext/time", "/requestContext/timeEpoch", "/body", "/pathParameters", "/isBase64Encoded"));
  }

  @Test
  void httpApiEventLowercasesJoinsDuplicatesAndMovesCookies() {
    ObjectNode event = EventFactory.httpApi(get("x=1&x=2&y=%2F", HEADERS), ROUTE, META);
    assertEquals("2.0", event.get("version").asText());
    assertEquals("GET /orders/{id}", event.get("routeKey").asText());
    assertEquals("/orders/a b", event.get("rawPath").asText(), "API Gateway decodes the path it delivers");
    assertEquals("/orders/a b", event.at("/requestContext/http/path").asText());
    assertEquals("x=1&x=2&y=%2F", event.get("rawQueryString").asText(), "the query string stays raw");
    assertEquals("one,two", event.at("/headers/x-multi").asText());
    assertTrue(event.at("/headers/X-Multi").isMissingNode());
    assertTrue(event.at("/headers/cookie").isMissingNode(), "cookies move to the cookies array");
    assertEquals(List.of("a=1", "b=2"), texts(event.get("cookies")));
    assertEquals("1,2", event.at("/queryStringParameters/x").asText());
    assertEquals("/", event.at("/queryStringParameters/y").asText());
    assertEquals("$default", event.at("/requestContext/stage").asText());
    assertEquals("12/Mar/2026:19:03:58 +0000", event.at("/requestContext/time").asText());
    assertEquals("GET", event.at("/requestContext/http/method").asText());
    assertEquals("curl/8", event.at("/requestContext/http/userAgent").asText());
    assertFalse(event.has("body"), "no body field for a bodiless request");
    assertFalse(event.get("isBase64Encoded").asBoolean());
  }

  @Test
  void httpApiEventWithoutQueryOmitsTheMapsAndCookies() {
    ObjectNode event = EventFactory.httpApi(get("", List.of()), new EventFactory.Route("GET", "/x", Map.of()), META);
    Shapes.assertLike(Events.json("apigw-v2-get-no-authorizer-go.json"), event, List.of("/rawQueryString"));
    assertEquals("", event.get("rawQueryString").asText());
    assertFalse(event.has("queryStringParameters"));
    assertFalse(event.has("cookies"));
    assertFalse(event.has("pathParameters"));
  }

  @Test
  void textBodiesStayTextAndEverythingElseIsBase64ForApiGateway() {
    byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    for (String type : List.of("application/json", "application/json; charset=utf-8", "text/plain",
        "application/xml", "application/javascript", "application/problem+json")) {
      ObjectNode rest = EventFactory.rest(post(type, json), ROUTE, META);
      ObjectNode http = EventFactory.httpApi(post(type, json), ROUTE, META);
      assertEquals("{\"a\":1}", rest.get("body").asText(), type);
      assertFalse(rest.get("isBase64Encoded").asBoolean(), type);
      assertEquals("{\"a\":1}", http.get("body").asText(), type);
      assertFalse(http.get("isBase64Encoded").asBoolean(), type);
    }
    byte[] binary = {0, 1, 2, (byte) 0xff};
    for (String type : List.of("application/octet-stream", "image/png", "application/x-www-form-urlencoded")) {
      ObjectNode http = EventFactory.httpApi(post(type, binary), ROUTE, META);
      assertTrue(http.get("isBase64Encoded").asBoolean(), type);
      assertEquals(Base64.getEncoder().encodeToString(binary), http.get("body").asText());
      ObjectNode rest = EventFactory.rest(post(type, binary), ROUTE, META);
      assertTrue(rest.get("isBase64Encoded").asBoolean(), type);
    }
    Shapes.assertLike(Events.json("apigw-v2-base64-body-cookies-samcli.json"),
        EventFactory.httpApi(post("image/png", binary), ROUTE, META), List.of("/body", "/isBase64Encoded"));
  }

  @Test
  void albSingleValueEventIsLikeTheSampleAndDecodesNothing() {
    ObjectNode event = EventFactory.alb(get("x=1&x=2&y=%2F", HEADERS), false);
    Shapes.assertLike(Events.json("alb-single-value-headers-go.json"), event, List.of(
        "/requestContext/elb/targetGroupArn", "/httpMethod", "/path", "/queryStringParameters", "/headers",
        "/headers/x-forwarded-for", "/headers/x-forwarded-port", "/headers/x-forwarded-proto",
        "/headers/x-amzn-trace-id", "/body", "/isBase64Encoded"));
    assertEquals(1, event.get("requestContext").size(), "only elb in the ALB request context");
    assertEquals("/orders/a%20b", event.get("path").asText());
    assertEquals("2", event.at("/queryStringParameters/x").asText(), "last value wins");
    assertEquals("%2F", event.at("/queryStringParameters/y").asText(), "ALB does not URL-decode");
    assertEquals("two", event.at("/headers/x-multi").asText());
    assertEquals("a=1; b=2", event.at("/headers/cookie").asText());
    assertEquals("10.0.0.7", event.at("/headers/x-forwarded-for").asText());
    assertTrue(event.at("/headers/x-amzn-trace-id").asText().matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24}"));
    assertFalse(event.has("multiValueHeaders"));
    assertFalse(event.has("multiValueQueryStringParameters"));
    assertEquals("", event.get("body").asText(), "ALB sends an empty string for no body");
  }

  @Test
  void albMultiValueEventIsLikeTheSample() {
    ObjectNode event = EventFactory.alb(get("x=1&x=2&y=%2F", HEADERS), true);
    Shapes.assertLike(Events.json("alb-multi-value-headers-go.json"), event, List.of(
        "/requestContext/elb/targetGroupArn", "/httpMethod", "/path", "/multiValueQueryStringParameters",
        "/multiValueHeaders", "/body", "/isBase64Encoded"));
    assertEquals(List.of("1", "2"), texts(event.at("/multiValueQueryStringParameters/x")));
    assertEquals(List.of("%2F"), texts(event.at("/multiValueQueryStringParameters/y")));
    assertEquals(List.of("one", "two"), texts(event.at("/multiValueHeaders/x-multi")));
    assertFalse(event.has("headers"));
    assertFalse(event.has("queryStringParameters"));
    ObjectNode empty = EventFactory.alb(get("", List.of()), true);
    assertEquals(0, empty.get("multiValueQueryStringParameters").size(), "{} when there is no query");
  }

  @Test
  void albBase64RulesFollowContentEncodingThenContentType() {
    byte[] text = "hello".getBytes(StandardCharsets.UTF_8);
    ObjectNode plain = EventFactory.alb(post("text/plain", text), false);
    assertEquals("hello", plain.get("body").asText());
    assertFalse(plain.get("isBase64Encoded").asBoolean());
    ObjectNode gzip = EventFactory.alb(post("text/plain", text, Map.entry("Content-Encoding", "gzip")), false);
    assertTrue(gzip.get("isBase64Encoded").asBoolean(), "content-encoding forces base64");
    assertEquals(Base64.getEncoder().encodeToString(text), gzip.get("body").asText());
    ObjectNode binary = EventFactory.alb(post("application/octet-stream", text), false);
    assertTrue(binary.get("isBase64Encoded").asBoolean());
    Shapes.assertLike(Events.json("alb-single-value-base64-body-samcli.json"), binary, List.of("/body", "/isBase64Encoded"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void queryMapsAreFormDecodedOnceAndKeepMalformedEscapes() {
    LocalRequest request = get("p=a+b%ZZ&q=%2541&r=a%2Bb", HEADERS);
    ObjectNode rest = EventFactory.rest(request, ROUTE, META);
    assertEquals("a b%ZZ", rest.at("/queryStringParameters/p").asText());
    assertEquals("%41", rest.at("/queryStringParameters/q").asText(), "decoded exactly once");
    assertEquals("a+b", rest.at("/queryStringParameters/r").asText());
    ObjectNode httpApi = EventFactory.httpApi(request, ROUTE, META);
    assertEquals("a b%ZZ", httpApi.at("/queryStringParameters/p").asText());
    assertEquals("p=a+b%ZZ&q=%2541&r=a%2Bb", httpApi.get("rawQueryString").asText());
    assertEquals("a+b%ZZ", EventFactory.alb(request, false).at("/queryStringParameters/p").asText(), "ALB: raw");
  }
}
