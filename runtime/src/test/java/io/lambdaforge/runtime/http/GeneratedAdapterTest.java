package io.lambdaforge.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.asgenerated.OrdersApi_CreateOrderHandler;
import io.lambdaforge.runtime.http.asgenerated.OrdersApi_GetOrderHandler;
import io.lambdaforge.runtime.http.asgenerated.OrdersApi_MiscHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The as-if-generated adapters, invoked with events of every source. */
class GeneratedAdapterTest {
  private static final String ID = "3f291106-8703-466b-8f2b-3ecee1ca56ce";
  private final OrdersApi_GetOrderHandler getOrder = new OrdersApi_GetOrderHandler();
  private final OrdersApi_CreateOrderHandler createOrder = new OrdersApi_CreateOrderHandler();
  private final OrdersApi_MiscHandlers misc = new OrdersApi_MiscHandlers();
  private final TestContext context = new TestContext();

  @ParameterizedTest
  @EnumSource(value = Source.class, names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST", "ALB"})
  void bindsPathQueryHeaderCookieOnEverySource(Source source) {
    Req req = source == Source.ALB ? Req.albMulti("GET", "/orders/" + ID) : Req.of(source, "GET", "/orders/" + ID);
    byte[] event = req.query("limit", "5").query("tag", "a").query("tag", "b%20c").query("status", "shipped")
        .query("since", "2024-05-01").header("X-Tenant-Id", "t1").header("X-Express", "TRUE")
        .cookie("session=abc").cookie("other=1").bytes();
    JsonNode response = Events.invoke(getOrder, event, context);

    assertEquals(200, response.get("statusCode").asInt(), response::toString);
    assertEquals("application/json", Events.header(response, "Content-Type"));
    JsonNode order = Events.body(response);
    assertEquals(ID, order.get("id").asText());
    assertEquals(5, order.get("limit").asInt());
    assertEquals("t1", order.get("tenant").asText());
    assertEquals("[\"a\",\"b c\"]", order.get("tags").toString());
    assertEquals("SHIPPED", order.get("status").asText());
    assertEquals("2024-05-01", order.get("since").asText());
    assertTrue(order.get("express").asBoolean());
    assertEquals("abc", order.get("session").asText());
  }

  @Test
  void albSingleValueModeKeepsTheLastRepeatedQueryValue() {
    byte[] event = Req.alb("GET", "/orders/" + ID).query("tag", "a").query("tag", "z").bytes();
    JsonNode order = Events.body(Events.invoke(getOrder, event, context));
    assertEquals("[\"z\"]", order.get("tags").toString());
  }

  @Test
  void absentOptionalValuesTakeTheirDefaults() {
    JsonNode response = Events.invoke(getOrder, Req.v2("GET", "/orders/" + ID).bytes(), context);
    JsonNode order = Events.body(response);
    assertEquals(20, order.get("limit").asInt());
    assertTrue(order.get("tenant").isNull());
    assertEquals(0, order.get("tags").size());
    assertTrue(order.get("status").isNull());
    assertTrue(order.get("since").isNull());
    assertFalse(order.get("express").asBoolean());
    assertTrue(order.get("session").isNull());
  }

  @Test
  void everyBindingProblemIsListedInOne400() {
    byte[] event = Req.rest("GET", "/orders/not-a-uuid").query("limit", "many").query("status", "lost")
        .query("since", "yesterday").header("x-express", "yes").bytes();
    JsonNode response = Events.invoke(getOrder, event, context);

    assertEquals(400, response.get("statusCode").asInt());
    assertEquals("application/json", Events.header(response, "content-type"));
    JsonNode body = Events.body(response);
    assertEquals("Bad Request", body.get("message").asText());
    JsonNode errors = body.get("errors");
    assertEquals(5, errors.size(), errors::toString);
    assertError(errors.get(0), "id", "path", "not-a-uuid", "expected a UUID");
    assertError(errors.get(1), "limit", "query", "many", "expected an integer (32-bit)");
    assertError(errors.get(2), "status", "query", "lost", "expected one of [OPEN, SHIPPED]");
    assertError(errors.get(3), "since", "query", "yesterday", "expected an ISO-8601 date, e.g. 2024-05-01");
    assertError(errors.get(4), "x-express", "header", "yes", "expected true or false");
    assertEquals("", context.log.toString(), "client errors are not logged as failures");
  }

  private static void assertError(JsonNode error, String parameter, String in, String value, String reason) {
    assertEquals(parameter, error.get("parameter").asText());
    assertEquals(in, error.get("in").asText());
    assertEquals(value, error.get("value").asText());
    assertEquals(reason, error.get("reason").asText());
  }

  @Test
  void sdkPayloadGoesToTheSdkInvoker() throws Exception {
    JsonNode result = Events.invoke(getOrder, "{\"message\":\"world\"}".getBytes(StandardCharsets.UTF_8), context);
    assertEquals("{\"message\":\"hello world\"}", result.toString());
  }

  @Test
  void sdkInvokerErrorsPropagateAsFunctionErrors() {
    assertThrows(io.lambdaforge.runtime.sdk.PayloadException.class,
        () -> getOrder.handleRequest(new java.io.ByteArrayInputStream("[1,2]".getBytes()),
            new java.io.ByteArrayOutputStream(), context));
  }

  @Test
  void jsonBodyAndExplicitCreatedResponse() {
    byte[] event = Req.v2("POST", "/orders").header("x-tenant-id", "t9").json("{\"item\":\"book\",\"quantity\":2}")
        .bytes();
    JsonNode response = Events.invoke(createOrder, event, context);
    assertEquals(201, response.get("statusCode").asInt(), response::toString);
    JsonNode order = Events.body(response);
    assertEquals("t9", order.get("tenant").asText());
    assertEquals(2, order.get("limit").asInt());
    assertEquals("/orders/" + order.get("id").asText(), response.get("headers").get("Location").asText());
  }

  @Test
  void missingBodyAndHeaderAre400() {
    JsonNode response = Events.invoke(createOrder, Req.v2("POST", "/orders").bytes(), context);
    assertEquals(400, response.get("statusCode").asInt());
    JsonNode errors = Events.body(response).get("errors");
    assertEquals(2, errors.size());
    assertEquals("body", errors.get(0).get("in").asText());
    assertEquals("a request body is required", errors.get(0).get("reason").asText());
    assertTrue(errors.get(0).get("value").isNull());
    assertEquals("x-tenant-id", errors.get(1).get("parameter").asText());
    assertEquals("required header parameter is missing", errors.get(1).get("reason").asText());
  }

  @Test
  void malformedJsonBodyIs400() {
    byte[] event = Req.v2("POST", "/orders").header("x-tenant-id", "t").json("{\"item\": \"book\", quantity: }").bytes();
    JsonNode response = Events.invoke(createOrder, event, context);
    assertEquals(400, response.get("statusCode").asInt());
    String reason = Events.body(response).get("errors").get(0).get("reason").asText();
    assertTrue(reason.startsWith("malformed JSON body: "), reason);
  }

  @Test
  void wrongJsonTypeInBodyIs400() {
    byte[] event = Req.v2("POST", "/orders").header("x-tenant-id", "t").json("{\"item\":\"b\",\"quantity\":\"x\"}")
        .bytes();
    JsonNode response = Events.invoke(createOrder, event, context);
    assertEquals(400, response.get("statusCode").asInt());
  }

  @Test
  void base64JsonBodyIsDecoded() {
    byte[] event = Req.albMulti("POST", "/orders").header("x-tenant-id", "t")
        .binaryBody("{\"item\":\"pen\",\"quantity\":3}".getBytes(StandardCharsets.UTF_8)).bytes();
    JsonNode response = Events.invoke(createOrder, event, context);
    assertEquals(201, response.get("statusCode").asInt(), response::toString);
    assertEquals(3, Events.body(response).get("limit").asInt());
    // answered in the event's (multi-value) mode, as declared
    assertTrue(response.has("multiValueHeaders"));
    assertFalse(response.has("headers"));
    assertEquals("[\"application/json\"]", response.get("multiValueHeaders").get("Content-Type").toString());
  }

  @Test
  void albModeMismatchAnswersInTheEventsModeAndLogsOnce() {
    byte[] event = Req.alb("POST", "/orders").header("x-tenant-id", "t").json("{\"item\":\"a\",\"quantity\":1}")
        .bytes();
    JsonNode response = Events.invoke(createOrder, event, context);
    assertTrue(response.has("headers"));
    assertFalse(response.has("multiValueHeaders"));
    Events.invoke(createOrder, event, context);
    String log = context.log.toString();
    assertTrue(log.contains("declares multiValueHeaders = true"), log);
    assertEquals(log.indexOf("declares"), log.lastIndexOf("declares"), "logged once per route");
  }

  @Test
  void httpExceptionSetsStatusAndMessage() {
    byte[] event = Req.v2("POST", "/orders").header("x-tenant-id", "t").json("{\"item\":\"a\",\"quantity\":0}").bytes();
    JsonNode response = Events.invoke(createOrder, event, context);
    assertEquals(422, response.get("statusCode").asInt());
    assertEquals("{\"message\":\"quantity must be positive\"}", response.get("body").asText());
    assertEquals("application/json", Events.header(response, "content-type"));
  }

  @Test
  void eventOfAnUndeclaredSourceWithoutSdkIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Events.invoke(createOrder, Req.rest("POST", "/orders").bytes(), context));
    assertTrue(e.getMessage().contains("'createOrder'"), e.getMessage());
    assertTrue(e.getMessage().contains("[ALB, API_GATEWAY_HTTP]"), e.getMessage());
    IllegalArgumentException sdk = assertThrows(IllegalArgumentException.class,
        () -> Events.invoke(createOrder, "{\"message\":\"x\"}".getBytes(), context));
    assertTrue(sdk.getMessage().contains("not an ALB, API Gateway REST or HTTP API request"), sdk.getMessage());
  }

  @ParameterizedTest
  @EnumSource(value = Source.class, names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST", "ALB"})
  void voidIs204AndOptionalEmptyIs404(Source source) {
    JsonNode deleted = Events.invoke(misc, Req.of(source, "DELETE", "/orders/" + ID).bytes(), context);
    assertEquals(204, deleted.get("statusCode").asInt());
    assertEquals("", deleted.get("body").asText());
    assertNull(Events.header(deleted, "content-type"));

    JsonNode conflict = Events.invoke(misc,
        Req.of(source, "DELETE", "/orders/00000000-0000-0000-0000-000000000000").bytes(), context);
    assertEquals(409, conflict.get("statusCode").asInt());

    JsonNode found = Events.invoke(misc, Req.of(source, "GET", "/lookup/known").bytes(), context);
    assertEquals("{\"message\":\"found known\"}", found.get("body").asText());
    JsonNode missing = Events.invoke(misc, Req.of(source, "GET", "/lookup/other").bytes(), context);
    assertEquals(404, missing.get("statusCode").asInt());
    assertEquals("{\"message\":\"Not Found\"}", missing.get("body").asText());
    if (source == Source.ALB) {
      assertEquals("404 Not Found", missing.get("statusDescription").asText());
      assertEquals("204 No Content", deleted.get("statusDescription").asText());
    }
  }

  @Test
  void binaryResponseWithCookiesAndRepeatedHeadersPerSource() {
    String path = "/orders/" + ID + "/receipt";
    byte[] expected = ("receipt " + ID).getBytes(StandardCharsets.UTF_8);

    JsonNode rest = Events.invoke(misc, Req.rest("GET", path).bytes(), context);
    assertTrue(rest.get("isBase64Encoded").asBoolean());
    assertEquals(Base64.getEncoder().encodeToString(expected), rest.get("body").asText());
    assertEquals("application/pdf", rest.get("headers").get("Content-Type").asText());
    assertEquals("no-store", rest.get("headers").get("Cache-Control").asText());
    assertEquals("[\"a\",\"b\"]", rest.get("multiValueHeaders").get("X-Trace").toString());
    assertEquals("[\"seen=1; Path=/\",\"last=" + ID + "; HttpOnly\"]",
        rest.get("multiValueHeaders").get("Set-Cookie").toString());

    JsonNode v2 = Events.invoke(misc, Req.v2("GET", path).bytes(), context);
    assertEquals("a, b", v2.get("headers").get("X-Trace").asText());
    assertEquals("[\"seen=1; Path=/\",\"last=" + ID + "; HttpOnly\"]", v2.get("cookies").toString());
    assertFalse(v2.has("multiValueHeaders"));

    JsonNode albMulti = Events.invoke(misc, Req.albMulti("GET", path).bytes(), context);
    assertEquals(2, albMulti.get("multiValueHeaders").get("Set-Cookie").size());
    assertEquals("[\"a\",\"b\"]", albMulti.get("multiValueHeaders").get("X-Trace").toString());

    JsonNode albSingle = Events.invoke(misc, Req.alb("GET", path).bytes(), context);
    assertEquals("last=" + ID + "; HttpOnly", albSingle.get("headers").get("Set-Cookie").asText());
    assertEquals("a, b", albSingle.get("headers").get("X-Trace").asText());
    assertTrue(context.log.toString().contains("only the last was sent"), context.log::toString);
  }

  @Test
  void injectedRequestSeesAuthorizerClaimsAndRemoteAddress() {
    JsonNode jwt = Events.invoke(misc, Events.edited("apigw-v2-post-cookies-jwt-powertools.json",
        e -> e.put("rawPath", "/whoami")), context);
    JsonNode body = Events.body(jwt);
    assertEquals("API_GATEWAY_HTTP", body.get("source").asText());
    assertEquals("{\"claim1\":\"value1\",\"claim2\":\"value2\"}", body.get("claims").toString());
    assertEquals("192.168.0.1/32", body.get("remote").asText());

    JsonNode alb = Events.invoke(misc, Req.alb("GET", "/whoami").header("x-forwarded-for", "10.0.0.1, 72.1.2.3")
        .bytes(), context);
    assertEquals("72.1.2.3", Events.body(alb).get("remote").asText());
  }
}
