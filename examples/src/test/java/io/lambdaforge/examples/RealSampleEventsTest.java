package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Real events that AWS services sent (from {@code testdata/events}, see its SOURCES.md), edited with
 * Jackson only where the route demands (path, method, tenant header, body), through the examples'
 * generated adapters; each answer is checked against the complete response shape of its source.
 */
class RealSampleEventsTest {
  static final LocalLambda APP = LocalLambda.builder().share("io.lambdaforge.examples.orders.data").build();

  static final Set<String> REST_SHAPE = Set.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded");
  static final Set<String> HTTP_API_SHAPE = Set.of("statusCode", "headers", "cookies", "body", "isBase64Encoded");
  static final Set<String> ALB_SINGLE_SHAPE =
      Set.of("statusCode", "statusDescription", "headers", "body", "isBase64Encoded");
  static final Set<String> ALB_MULTI_SHAPE =
      Set.of("statusCode", "statusDescription", "multiValueHeaders", "body", "isBase64Encoded");

  @AfterAll
  static void close() {
    APP.close();
  }

  @Test
  void httpApiGetFromARealEventReadsTheSampleOrder() {
    ObjectNode event = TestFiles.sharedEventJson("apigw-v2-get-no-authorizer-go.json");
    String id = ExamplesThroughAdaptersTest.SAMPLE_ID;
    Events.onPath(event, Source.API_GATEWAY_HTTP, "/orders/" + id, "id", id);
    event.put("routeKey", "GET /orders/{id}");
    ((ObjectNode) event.get("requestContext")).put("routeKey", "GET /orders/{id}");
    Events.claim(event, Source.API_GATEWAY_HTTP, "tenant", "acme");

    Invocation invocation = APP.invoke("getOrder", event);
    assertEquals(Source.API_GATEWAY_HTTP, invocation.source().orElseThrow());
    JsonNode wire = invocation.json();
    assertEquals(HTTP_API_SHAPE, Jsons.fields(wire), wire.toString());
    assertEquals(200, wire.get("statusCode").asInt());
    assertEquals("application/json", wire.at("/headers/Content-Type").asText());
    assertEquals(0, wire.get("cookies").size());
    assertFalse(wire.get("isBase64Encoded").asBoolean());
    JsonNode order = Jsons.parse(wire.get("body").asText());
    assertEquals(id, order.get("id").asText());
    assertEquals("Ada Lovelace", order.get("customer").asText());
    assertEquals("2026-11-01T09:30:00Z", order.get("createdAt").asText());
  }

  @Test
  void httpApiCookiesFromARealEventReachThePreferences() {
    ObjectNode event = TestFiles.sharedEventJson("apigw-v2-post-cookies-java-libs.json");
    Events.onPath(event, Source.API_GATEWAY_HTTP, "/preferences", null, null);
    Events.method(event, Source.API_GATEWAY_HTTP, "GET");
    event.remove("pathParameters");
    event.remove("body");
    event.putArray("cookies").add("cookie1").add("currency=CHF").add("locale=de-CH");

    JsonNode wire = APP.invoke("preferences", event).json();
    assertEquals(HTTP_API_SHAPE, Jsons.fields(wire), wire.toString());
    assertEquals(200, wire.get("statusCode").asInt(), wire.toString());
    JsonNode body = Jsons.parse(wire.get("body").asText());
    assertEquals("CHF", body.get("currency").asText());
    assertEquals("de-CH", body.get("locale").asText());
  }

  @Test
  void restPostFromARealEventCreatesAnOrderOnAStagedApi() {
    ObjectNode event = TestFiles.sharedEventJson("apigw-v1-proxy-post-java-libs.json");
    assertEquals("prod", event.at("/requestContext/stage").asText());
    Events.onPath(event, Source.API_GATEWAY_REST, "/orders", null, null);
    event.put("resource", "/orders");
    ((ObjectNode) event.get("requestContext")).put("resourcePath", "/orders");
    event.putNull("pathParameters");
    String tenant = "t-" + UUID.randomUUID();
    Events.claim(event, Source.API_GATEWAY_REST, "tenant", tenant);
    Events.jsonBody(event, Source.API_GATEWAY_REST, ExamplesThroughAdaptersTest.TWO_LINES);

    Invocation invocation = APP.invoke("createOrder", event);
    assertEquals(Source.API_GATEWAY_REST, invocation.source().orElseThrow());
    JsonNode wire = invocation.json();
    assertEquals(REST_SHAPE, Jsons.fields(wire), wire.toString());
    assertEquals(201, wire.get("statusCode").asInt(), wire.toString());
    assertEquals("application/json", wire.at("/headers/Content-Type").asText());
    JsonNode order = Jsons.parse(wire.get("body").asText());
    assertEquals("/orders/" + order.get("id").asText(), wire.at("/headers/Location").asText(),
        "the Location is relative to the API, without the stage");
    assertEquals(tenant, order.get("tenant").asText(), "header names are case-insensitive");
    assertTrue(wire.get("multiValueHeaders").isObject() && wire.get("multiValueHeaders").isEmpty(), wire.toString());
  }

  @Test
  void restMultiValueQueryFromARealEventPagesTheListing() {
    ObjectNode event = TestFiles.sharedEventJson("apigw-v1-multivalue-query-headers-powertools.json");
    Events.onPath(event, Source.API_GATEWAY_REST, "/orders", null, null);
    event.put("resource", "/orders");
    Events.claim(event, Source.API_GATEWAY_REST, "tenant", "acme");
    ((ObjectNode) event.get("queryStringParameters")).put("limit", "1");
    ((ObjectNode) event.get("multiValueQueryStringParameters")).putArray("limit").add("1");
    event.putNull("body");

    JsonNode wire = APP.invoke("listOrders", event).json();
    assertEquals(REST_SHAPE, Jsons.fields(wire), wire.toString());
    assertEquals(200, wire.get("statusCode").asInt(), wire.toString());
    JsonNode page = Jsons.parse(wire.get("body").asText());
    assertEquals(1, page.get("orders").size(), page.toString());
    assertEquals("acme", page.at("/orders/0/tenant").asText());
  }

  @Test
  void albHealthCheckerEventGetsTheHealthInSingleValueShape() {
    ObjectNode event = TestFiles.sharedEventJson("alb-health-check-request-docs.json");
    event.put("path", "/health");

    JsonNode wire = APP.invoke("health", event).json();
    assertEquals(ALB_SINGLE_SHAPE, Jsons.fields(wire), wire.toString());
    assertEquals(200, wire.get("statusCode").asInt());
    assertEquals("200 OK", wire.get("statusDescription").asText());
    assertEquals("{\"status\":\"ok\",\"service\":\"status-service\"}", wire.get("body").asText());

    ObjectNode unknownPath = TestFiles.sharedEventJson("alb-single-value-headers-go.json");
    JsonNode notFound = APP.invoke("health", unknownPath).json();
    assertEquals(ALB_SINGLE_SHAPE, Jsons.fields(notFound), notFound.toString());
    assertEquals(404, notFound.get("statusCode").asInt());
    assertEquals("404 Not Found", notFound.get("statusDescription").asText());
  }

  @Test
  void albMultiValueEventGetsTheInspectionInMultiValueShape() {
    ObjectNode event = TestFiles.sharedEventJson("alb-multi-value-query-headers-powertools.json");
    event.put("path", "/inspect");
    ((ObjectNode) event.get("multiValueQueryStringParameters")).putArray("tag").add("x").add("y");

    JsonNode wire = APP.invoke("inspect", event).json();
    assertEquals(ALB_MULTI_SHAPE, Jsons.fields(wire), wire.toString());
    assertEquals(200, wire.get("statusCode").asInt());
    JsonNode body = Jsons.parse(wire.get("body").asText());
    assertEquals(List.of("*/*"), Jsons.texts(body.get("accept")));
    assertEquals(List.of("x", "y"), Jsons.texts(body.get("tags")));
    assertEquals(List.of("123.123.123.123"), Jsons.texts(body.get("forwardedFor")));
  }

  @Test
  void albPostFromARealEventGetsAQuote() {
    ObjectNode event = TestFiles.sharedEventJson("alb-single-value-body-powertools.json");
    event.put("path", "/quotes");
    event.put("httpMethod", "POST");
    Events.jsonBody(event, Source.ALB, "{\"sku\":\"PEN-1\",\"quantity\":3}");

    JsonNode wire = APP.invoke("quote", event).json();
    assertEquals(ALB_SINGLE_SHAPE, Jsons.fields(wire), wire.toString());
    assertEquals(200, wire.get("statusCode").asInt(), wire.toString());
    JsonNode quote = Jsons.parse(wire.get("body").asText());
    assertEquals(APP.invoke("quote", "{\"sku\":\"PEN-1\",\"quantity\":3}").json(), quote, "same as direct invoke");
  }

  @Test
  void sdkFunctionErrorHasTheShapeOfAJavaLambdaError() {
    JsonNode real = TestFiles.sharedEventJson("invoke-error-response-java-docs.json");
    Invocation failed = APP.invoke("reprice", "{\"items\":7,\"percent\":1}");
    JsonNode error = failed.error();
    assertEquals(Jsons.fields(real), Jsons.fields(error), error.toString());
    assertTrue(error.get("stackTrace").isArray() && error.get("stackTrace").get(0).isTextual(), error.toString());
    assertEquals("io.lambdaforge.runtime.internal.sdk.PayloadException", error.get("errorType").asText());
  }
}
