package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.TestContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An orders API compiled by the real processor, its adapters invoked with events of every source:
 * path, query, header and cookie binding, bodies, explicit responses, void, Optional, HttpException,
 * an injected HttpRequest and the direct-invoke entry point.
 */
class OrdersAdapterTest {
  private static final String ID = "3f291106-8703-466b-8f2b-3ecee1ca56ce";
  private final RequestStreamHandler getOrder = Orders.INSTANCE.handler("OrdersApi_GetOrderHandler");
  private final RequestStreamHandler createOrder = Orders.INSTANCE.handler("OrdersApi_CreateOrderHandler");
  private final RequestStreamHandler hello = Orders.INSTANCE.handler("OrdersApi_HelloHandler");
  private final RequestStreamHandler deleteOrder = Orders.INSTANCE.handler("OrdersApi_DeleteOrderHandler");
  private final RequestStreamHandler receipt = Orders.INSTANCE.handler("OrdersApi_ReceiptHandler");
  private final RequestStreamHandler lookup = Orders.INSTANCE.handler("OrdersApi_LookupHandler");
  private final RequestStreamHandler whoami = Orders.INSTANCE.handler("OrdersApi_WhoamiHandler");
  private final TestContext context = new TestContext("orders");

  private static final class Orders {
    static final Harness.Adapters INSTANCE = new Harness.Adapters(Harness.compileClean(Harness.source(
        "com.acme.OrdersApi",
        "package com.acme;",
        "",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.runtime.http.HttpException;",
        "import io.lambdaforge.runtime.http.HttpRequest;",
        "import io.lambdaforge.runtime.http.HttpResponse;",
        "import java.time.LocalDate;",
        "import java.util.*;",
        "",
        "public class OrdersApi {",
        "  public enum Status { OPEN, SHIPPED }",
        "  public record CreateOrder(String item, int quantity) {}",
        "  public record Order(UUID id, Integer limit, String tenant, List<String> tags, Status status,",
        "      LocalDate since, boolean express, String session) {}",
        "  public record Hello(String message) {}",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/orders/{id}\"),",
        "      @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/orders/{id}\"),",
        "      @Trigger(source = Source.ALB, method = \"GET\", path = \"/orders/{id}\", priority = 1)})",
        "  public Order getOrder(@PathParam(\"id\") UUID id, @QueryParam(\"limit\") Optional<Integer> limit,",
        "      @HeaderParam(\"x-tenant-id\") Optional<String> tenant, @QueryParam(\"tag\") List<String> tags,",
        "      @QueryParam(\"status\") Optional<Status> status, @QueryParam(\"since\") Optional<LocalDate> since,",
        "      @HeaderParam(\"x-express\") Optional<Boolean> express, @CookieParam(\"session\") Optional<String> session) {",
        "    return new Order(id, limit.orElse(null), tenant.orElse(null), tags, status.orElse(null), since.orElse(null),",
        "        express.orElse(false), session.orElse(null));",
        "  }",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/orders\"),",
        "      @Trigger(source = Source.ALB, method = \"POST\", path = \"/orders\", priority = 2, multiValueHeaders = true)})",
        "  public HttpResponse<Order> createOrder(@Body CreateOrder body, @HeaderParam(\"x-tenant-id\") String tenant) {",
        "    if (body.quantity() <= 0) {",
        "      throw new HttpException(422, \"quantity must be positive\");",
        "    }",
        "    Order order = new Order(UUID.nameUUIDFromBytes(body.item().getBytes()), body.quantity(), tenant, List.of(),",
        "        Status.OPEN, null, false, null);",
        "    return HttpResponse.created(order).header(\"Location\", \"/orders/\" + order.id());",
        "  }",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/hello\"),",
        "      @Trigger(source = Source.SDK)})",
        "  public Hello hello(@Body Hello in) {",
        "    return new Hello(\"hello \" + in.message());",
        "  }",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"DELETE\", path = \"/orders/{id}\"),",
        "      @Trigger(source = Source.API_GATEWAY_REST, method = \"DELETE\", path = \"/orders/{id}\"),",
        "      @Trigger(source = Source.ALB, method = \"DELETE\", path = \"/orders/{id}\", priority = 3)})",
        "  public void deleteOrder(@PathParam(\"id\") UUID id) {",
        "    if (id.getLeastSignificantBits() == 0) {",
        "      throw new HttpException(409, \"order \" + id + \" cannot be deleted\");",
        "    }",
        "  }",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/orders/{id}/receipt\"),",
        "      @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/orders/{id}/receipt\"),",
        "      @Trigger(source = Source.ALB, method = \"GET\", path = \"/orders/{id}/receipt\", priority = 4)})",
        "  public HttpResponse<byte[]> receipt(@PathParam(\"id\") UUID id) {",
        "    return HttpResponse.ok((\"receipt \" + id).getBytes())",
        "        .contentType(\"application/pdf\")",
        "        .header(\"Cache-Control\", \"no-store\")",
        "        .header(\"X-Trace\", \"a\")",
        "        .header(\"X-Trace\", \"b\")",
        "        .cookie(\"seen=1; Path=/\")",
        "        .cookie(\"last=\" + id + \"; HttpOnly\");",
        "  }",
        "",
        "  public record Found(String message) {}",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/lookup/{key}\"),",
        "      @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/lookup/{key}\"),",
        "      @Trigger(source = Source.ALB, method = \"GET\", path = \"/lookup/{key}\", priority = 5)})",
        "  public Optional<Found> lookup(@PathParam(\"key\") String key) {",
        "    return key.equals(\"known\") ? Optional.of(new Found(\"found \" + key)) : Optional.empty();",
        "  }",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"ANY\", path = \"/whoami\"),",
        "      @Trigger(source = Source.ALB, method = \"ANY\", path = \"/whoami\", priority = 6)})",
        "  public Map<String, Object> whoami(HttpRequest request) {",
        "    return Map.of(\"source\", request.source().name(), \"claims\", request.claims(),",
        "        \"remote\", String.valueOf(request.remoteAddress()));",
        "  }",
        "}")), "com.acme");
  }

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
  void absentOptionalValuesAreEmpty() {
    JsonNode response = Events.invoke(getOrder, Req.v2("GET", "/orders/" + ID).bytes(), context);
    JsonNode order = Events.body(response);
    assertTrue(order.get("limit").isNull());
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
    assertEquals("", context.log(), "client errors are not logged as failures");
  }

  private static void assertError(JsonNode error, String parameter, String in, String value, String reason) {
    assertEquals(parameter, error.get("parameter").asText());
    assertEquals(in, error.get("in").asText());
    assertEquals(value, error.get("value").asText());
    assertEquals(reason, error.get("reason").asText());
  }

  @Test
  void sdkPayloadGoesToTheSdkInvoker() throws Exception {
    JsonNode result = Events.invoke(hello, "{\"message\":\"world\"}".getBytes(StandardCharsets.UTF_8), context);
    assertEquals("{\"message\":\"hello world\"}", result.toString());
  }

  @Test
  void sdkInvokerErrorsPropagateAsFunctionErrors() {
    assertThrows(io.lambdaforge.runtime.internal.sdk.PayloadException.class,
        () -> hello.handleRequest(new java.io.ByteArrayInputStream("[1,2]".getBytes()),
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
    assertEquals("$.quantity: expected an integer", Events.body(response).at("/errors/0/reason").asText());
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
    String log = context.log();
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
    assertTrue(sdk.getMessage().contains("not an ALB, API Gateway REST, HTTP API or function URL request"), sdk.getMessage());
  }

  @ParameterizedTest
  @EnumSource(value = Source.class, names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST", "ALB"})
  void voidIs204AndOptionalEmptyIs404(Source source) {
    JsonNode deleted = Events.invoke(deleteOrder, Req.of(source, "DELETE", "/orders/" + ID).bytes(), context);
    assertEquals(204, deleted.get("statusCode").asInt());
    assertEquals("", deleted.get("body").asText());
    assertNull(Events.header(deleted, "content-type"));

    JsonNode conflict = Events.invoke(deleteOrder,
        Req.of(source, "DELETE", "/orders/00000000-0000-0000-0000-000000000000").bytes(), context);
    assertEquals(409, conflict.get("statusCode").asInt());

    JsonNode found = Events.invoke(lookup, Req.of(source, "GET", "/lookup/known").bytes(), context);
    assertEquals("{\"message\":\"found known\"}", found.get("body").asText());
    JsonNode missing = Events.invoke(lookup, Req.of(source, "GET", "/lookup/other").bytes(), context);
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

    JsonNode rest = Events.invoke(receipt, Req.rest("GET", path).bytes(), context);
    assertTrue(rest.get("isBase64Encoded").asBoolean());
    assertEquals(Base64.getEncoder().encodeToString(expected), rest.get("body").asText());
    assertEquals("application/pdf", rest.get("headers").get("Content-Type").asText());
    assertEquals("no-store", rest.get("headers").get("Cache-Control").asText());
    assertEquals("[\"a\",\"b\"]", rest.get("multiValueHeaders").get("X-Trace").toString());
    assertEquals("[\"seen=1; Path=/\",\"last=" + ID + "; HttpOnly\"]",
        rest.get("multiValueHeaders").get("Set-Cookie").toString());

    JsonNode v2 = Events.invoke(receipt, Req.v2("GET", path).bytes(), context);
    assertEquals("a, b", v2.get("headers").get("X-Trace").asText());
    assertEquals("[\"seen=1; Path=/\",\"last=" + ID + "; HttpOnly\"]", v2.get("cookies").toString());
    assertFalse(v2.has("multiValueHeaders"));

    JsonNode albMulti = Events.invoke(receipt, Req.albMulti("GET", path).bytes(), context);
    assertEquals(2, albMulti.get("multiValueHeaders").get("Set-Cookie").size());
    assertEquals("[\"a\",\"b\"]", albMulti.get("multiValueHeaders").get("X-Trace").toString());

    JsonNode albSingle = Events.invoke(receipt, Req.alb("GET", path).bytes(), context);
    assertEquals("last=" + ID + "; HttpOnly", albSingle.get("headers").get("Set-Cookie").asText());
    assertEquals("a, b", albSingle.get("headers").get("X-Trace").asText());
    assertTrue(context.log().contains("only the last was sent"), context::log);
  }

  @Test
  void injectedRequestSeesAuthorizerClaimsAndRemoteAddress() {
    JsonNode jwt = Events.invoke(whoami, Events.edited("apigw-v2-post-cookies-jwt-powertools.json",
        e -> e.put("rawPath", "/whoami")), context);
    JsonNode body = Events.body(jwt);
    assertEquals("API_GATEWAY_HTTP", body.get("source").asText());
    assertEquals("{\"claim1\":\"value1\",\"claim2\":\"value2\"}", body.get("claims").toString());
    assertEquals("192.168.0.1/32", body.get("remote").asText());

    JsonNode alb = Events.invoke(whoami, Req.alb("GET", "/whoami").header("x-forwarded-for", "10.0.0.1, 72.1.2.3")
        .bytes(), context);
    assertEquals("72.1.2.3", Events.body(alb).get("remote").asText());
  }
}
