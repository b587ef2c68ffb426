package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.HttpResult;
import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The orders API through its generated adapters, under both of its gateways: every request goes
 * through {@link LocalLambda#request}, which routes it and builds the exact REST (payload 1.0) or
 * HTTP API (payload 2.0) event, and the answer is the response that gateway would send. Each test
 * works in a tenant of its own, so tests never see each other's orders.
 */
class ExamplesThroughAdaptersTest {
  static final LocalLambda APP = LocalLambda.builder().share("io.lambdaforge.examples.orders.data").build();

  /** The order every fresh store holds for tenant {@code acme} (see OrderStore). */
  static final String SAMPLE_ID = "6f1c2a8e-4b5d-4e8f-9a0b-1c2d3e4f5a6b";

  static final String TWO_LINES = """
      {"customer":"Grace Hopper","lines":[
        {"sku":"A-1","quantity":2,"unitPrice":12.50},
        {"sku":"B-2","quantity":1,"unitPrice":0.99}]}""";

  @AfterAll
  static void close() {
    APP.close();
  }

  static String newTenant() {
    return "t-" + UUID.randomUUID();
  }

  static HttpResult send(Source source, String tenant, Request request) {
    return APP.request(source, tenant == null ? request : Tokens.as(APP, source, tenant, request));
  }

  /** Creates an order and returns its id, asserting the 201. */
  static String create(Source source, String tenant, String json) {
    HttpResult created = send(source, tenant, Request.post("/orders", json));
    assertEquals(201, created.status(), created.toString());
    return created.bodyJson().get("id").asText();
  }

  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void createAnswers201WithLocationAndTheStoredOrder(Source source) {
    String tenant = newTenant();
    HttpResult created = send(source, tenant, Request.post("/orders", TWO_LINES));

    assertEquals(201, created.status(), created.toString());
    assertEquals("createOrder", created.function());
    assertEquals("application/json", created.header("content-type"));
    JsonNode order = created.bodyJson();
    String id = order.get("id").asText();
    assertEquals(id, UUID.fromString(id).toString());
    assertEquals("/orders/" + id, created.header("Location"));
    assertEquals(tenant, order.get("tenant").asText());
    assertEquals("Grace Hopper", order.get("customer").asText());
    assertEquals("OPEN", order.get("status").asText());
    assertEquals(2, order.get("lines").size());
    assertEquals("A-1", order.at("/lines/0/sku").asText());
    assertEquals(0, order.at("/lines/0/unitPrice").decimalValue().compareTo(new BigDecimal("12.5")));
    assertTrue(order.get("createdAt").asText().endsWith("Z"), order.toString());

    HttpResult read = send(source, tenant, Request.get("/orders/" + id));
    assertEquals(200, read.status(), read.toString());
    assertEquals(order, read.bodyJson());
  }

  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void createRejectsAnInvalidOrderWithEveryProblem(Source source) {
    String tenant = newTenant();
    HttpResult invalid = send(source, tenant, Request.post("/orders",
        "{\"customer\":\" \",\"lines\":[{\"sku\":\"\",\"quantity\":0,\"unitPrice\":-1}]}"));

    assertEquals(400, invalid.status(), invalid.toString());
    assertEquals("application/json", invalid.header("content-type"));
    assertEquals("Bad Request", invalid.bodyJson().get("message").asText());
    assertEquals(List.of("customer is required", "lines[0].sku is required", "lines[0].quantity must be at least 1",
        "lines[0].unitPrice must be zero or more"), Jsons.texts(invalid.bodyJson().get("errors")));

    HttpResult noLines = send(source, tenant, Request.post("/orders", "{\"customer\":\"Ada\"}"));
    assertEquals(400, noLines.status());
    assertEquals(List.of("at least one line is required"), Jsons.texts(noLines.bodyJson().get("errors")));

    assertEquals(0, send(source, tenant, Request.get("/orders")).bodyJson().get("orders").size(),
        "nothing was stored");
  }

  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void createRejectsMalformedAndMissingBodiesAsBindingErrors(Source source) {
    String tenant = newTenant();
    HttpResult malformed = send(source, tenant, Request.post("/orders", "{\"customer\": \"Ada\", "));
    assertEquals(400, malformed.status(), malformed.toString());
    JsonNode error = malformed.bodyJson().get("errors").get(0);
    assertEquals("body", error.get("parameter").asText());
    assertEquals("body", error.get("in").asText());
    assertFalse(error.get("reason").asText().isBlank(), error.toString());

    HttpResult wrongType = send(source, tenant, Request.post("/orders", "{\"customer\":\"Ada\",\"lines\":7}"));
    assertEquals(400, wrongType.status(), wrongType.toString());
    assertEquals("body", wrongType.bodyJson().at("/errors/0/in").asText());

    HttpResult missing = send(source, tenant, Request.of("POST", "/orders"));
    assertEquals(400, missing.status(), missing.toString());
    assertEquals("a request body is required", missing.bodyJson().at("/errors/0/reason").asText());

    HttpResult jsonNull = send(source, tenant, Request.post("/orders", "null"));
    assertEquals(400, jsonNull.status(), jsonNull.toString());
    // the adapter refuses a null body before the method runs: a required @Body is never null
    assertEquals("a request body is required, got JSON null", jsonNull.bodyJson().at("/errors/0/reason").asText());
    HttpResult nullLine = send(source, tenant, Request.post("/orders", "{\"customer\":\"Ada\",\"lines\":[null]}"));
    assertEquals(400, nullLine.status(), nullLine.toString());
    assertEquals(List.of("lines[0] is required"), Jsons.texts(nullLine.bodyJson().get("errors")));
  }

  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void everyOrdersRouteRequiresAToken(Source source) {
    String id = SAMPLE_ID;
    List<Request> requests = List.of(Request.get("/orders"), Request.post("/orders", TWO_LINES),
        Request.get("/orders/" + id), Request.put("/orders/" + id, TWO_LINES), Request.delete("/orders/" + id),
        Request.get("/orders/" + id + "/invoice"));
    for (Request request : requests) {
      HttpResult response = send(source, null, request);
      assertEquals(401, response.status(), request + ": " + response);
      assertEquals("{\"message\":\"Unauthorized\"}", response.bodyString(), request.toString());
      assertEquals("-", response.function(), "the function does not run");
    }
    assertEquals(200, send(source, "acme", Request.get("/orders/" + id)).status(), "the sample order is untouched");
  }

  @org.junit.jupiter.api.Test
  void httpApiScopesSplitReadingFromWriting() {
    String tenant = newTenant();
    Request read = Request.get("/orders").bearer(APP.token("OrdersJwt", "reader", List.of("orders:read"),
        java.util.Map.of("tenant", tenant)));
    assertEquals(200, APP.request(Source.API_GATEWAY_HTTP, read).status());
    HttpResult write = APP.request(Source.API_GATEWAY_HTTP, Request.post("/orders", TWO_LINES)
        .bearer(APP.token("OrdersJwt", "reader", List.of("orders:read"), java.util.Map.of("tenant", tenant))));
    assertEquals(403, write.status(), write.toString());
    assertEquals("{\"message\":\"Forbidden\"}", write.bodyString());
  }

  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void listFiltersByStatusAndPages(Source source) {
    String tenant = newTenant();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      ids.add(create(source, tenant, TWO_LINES));
    }

    JsonNode all = send(source, tenant, Request.get("/orders")).bodyJson();
    assertEquals(ids, idsOf(all));
    assertTrue(all.get("nextOffset").isNull(), all.toString());
    assertEquals(ids, idsOf(send(source, tenant, Request.get("/orders?status=OPEN")).bodyJson()));
    assertEquals(Set.of(), idsOf(send(source, tenant, Request.get("/orders?status=PAID")).bodyJson()));

    JsonNode first = send(source, tenant, Request.get("/orders?limit=2")).bodyJson();
    assertEquals(2, first.get("orders").size());
    assertEquals(2, first.get("nextOffset").asInt());
    JsonNode second = send(source, tenant, Request.get("/orders?limit=2&offset=2&status=OPEN")).bodyJson();
    assertEquals(1, second.get("orders").size());
    assertTrue(second.get("nextOffset").isNull());
    Set<String> paged = new HashSet<>(idsOf(first));
    paged.addAll(idsOf(second));
    assertEquals(ids, paged, "the two pages are the whole listing");
    assertEquals(0, send(source, tenant, Request.get("/orders?offset=10")).bodyJson().get("orders").size());

    JsonNode acme = send(source, "acme", Request.get("/orders")).bodyJson();
    assertTrue(idsOf(acme).contains(SAMPLE_ID), acme.toString());
    assertTrue(idsOf(acme).stream().noneMatch(ids::contains), "another tenant's orders are not listed");
  }

  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void listRejectsBadPagingAndStatus(Source source) {
    String tenant = newTenant();
    HttpResult zero = send(source, tenant, Request.get("/orders?limit=0"));
    assertEquals(400, zero.status(), zero.toString());
    assertEquals("limit must be 1..100, got 0", zero.bodyJson().get("message").asText());
    assertEquals(400, send(source, tenant, Request.get("/orders?limit=101")).status());
    HttpResult negative = send(source, tenant, Request.get("/orders?offset=-1"));
    assertEquals("offset must be 0 or more, got -1", negative.bodyJson().get("message").asText());

    HttpResult notANumber = send(source, tenant, Request.get("/orders?limit=ten&status=LOST"));
    assertEquals(400, notANumber.status(), notANumber.toString());
    JsonNode errors = notANumber.bodyJson().get("errors");
    assertEquals(2, errors.size(), errors.toString());
    assertEquals(Set.of("status", "limit"), Set.of(errors.at("/0/parameter").asText(), errors.at("/1/parameter").asText()));
    for (JsonNode error : errors) {
      assertEquals("query", error.get("in").asText());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void getFindsOnlyTheTenantsOrderAndRejectsABadId(Source source) {
    String tenant = newTenant();
    String id = create(source, tenant, TWO_LINES);
    assertEquals(200, send(source, tenant, Request.get("/orders/" + id)).status());

    HttpResult otherTenant = send(source, newTenant(), Request.get("/orders/" + id));
    assertEquals(404, otherTenant.status(), otherTenant.toString());
    assertEquals("Not Found", otherTenant.bodyJson().get("message").asText());
    assertEquals(404, send(source, tenant, Request.get("/orders/" + UUID.randomUUID())).status());

    HttpResult badId = send(source, tenant, Request.get("/orders/not-a-uuid"));
    assertEquals(400, badId.status(), badId.toString());
    JsonNode error = badId.bodyJson().get("errors").get(0);
    assertEquals("id", error.get("parameter").asText());
    assertEquals("path", error.get("in").asText());
    assertEquals("not-a-uuid", error.get("value").asText());
  }

  // A 409 needs an order that is no longer OPEN, and no route changes an order's status: not reachable.
  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void updateReplacesCustomerAndLinesOrAnswers404Or400(Source source) {
    String tenant = newTenant();
    String id = create(source, tenant, TWO_LINES);
    JsonNode before = send(source, tenant, Request.get("/orders/" + id)).bodyJson();

    HttpResult updated = send(source, tenant, Request.put("/orders/" + id,
        "{\"customer\":\"Alan Turing\",\"lines\":[{\"sku\":\"C-3\",\"quantity\":5,\"unitPrice\":1}]}"));
    assertEquals(200, updated.status(), updated.toString());
    JsonNode after = updated.bodyJson();
    assertEquals("Alan Turing", after.get("customer").asText());
    assertEquals(1, after.get("lines").size());
    assertEquals("C-3", after.at("/lines/0/sku").asText());
    assertEquals(before.get("createdAt"), after.get("createdAt"));
    assertEquals("OPEN", after.get("status").asText());
    assertEquals(after, send(source, tenant, Request.get("/orders/" + id)).bodyJson());

    HttpResult unknown = send(source, tenant, Request.put("/orders/" + UUID.randomUUID(), TWO_LINES));
    assertEquals(404, unknown.status(), unknown.toString());
    assertTrue(unknown.bodyJson().get("message").asText().endsWith(" not found"), unknown.toString());
    assertEquals(404, send(source, newTenant(), Request.put("/orders/" + id, TWO_LINES)).status());

    HttpResult invalid = send(source, tenant, Request.put("/orders/" + id, "{\"customer\":\"\",\"lines\":[]}"));
    assertEquals(400, invalid.status(), invalid.toString());
    assertEquals(List.of("customer is required", "at least one line is required"),
        Jsons.texts(invalid.bodyJson().get("errors")));
    HttpResult jsonNull = send(source, tenant, Request.put("/orders/" + id, "null"));
    assertEquals(400, jsonNull.status(), jsonNull.toString());
    assertEquals(after, send(source, tenant, Request.get("/orders/" + id)).bodyJson(), "a rejected update changes nothing");
  }

  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void deleteAnswers204ThenTheOrderIsGone(Source source) {
    String tenant = newTenant();
    String id = create(source, tenant, TWO_LINES);
    assertEquals(404, send(source, newTenant(), Request.delete("/orders/" + id)).status(), "other tenant");

    HttpResult deleted = send(source, tenant, Request.delete("/orders/" + id));
    assertEquals(204, deleted.status(), deleted.toString());
    assertEquals(0, deleted.body().length);

    assertEquals(404, send(source, tenant, Request.get("/orders/" + id)).status());
    HttpResult again = send(source, tenant, Request.delete("/orders/" + id));
    assertEquals(404, again.status());
    assertEquals("order " + id + " not found", again.bodyJson().get("message").asText());
  }

  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void invoiceIsCsvSentBase64AndDecodedByTheGateway(Source source) {
    String tenant = newTenant();
    String id = create(source, tenant, TWO_LINES);
    String csv = "sku,quantity,unit_price\nA-1,2,12.50\nB-2,1,0.99\ntotal,,25.99\n";

    HttpResult invoice = send(source, tenant, Request.get("/orders/" + id + "/invoice"));
    assertEquals(200, invoice.status(), invoice.toString());
    assertEquals("text/csv; charset=utf-8", invoice.header("Content-Type"));
    assertEquals("attachment; filename=\"invoice-" + id + ".csv\"", invoice.header("Content-Disposition"));
    assertArrayEquals(csv.getBytes(StandardCharsets.UTF_8), invoice.body());

    ObjectNode event = (ObjectNode) APP.sampleEvent("downloadInvoice", source);
    Events.onPath(event, source, "/orders/" + id + "/invoice", "id", id);
    Events.claim(event, source, "tenant", tenant);
    Invocation raw = APP.invoke("downloadInvoice", event);
    JsonNode wire = raw.json();
    assertEquals(200, wire.get("statusCode").asInt(), wire.toString());
    assertTrue(wire.get("isBase64Encoded").asBoolean(), wire.toString());
    assertEquals(csv, new String(Base64.getDecoder().decode(wire.get("body").asText()), StandardCharsets.UTF_8));

    HttpResult missing = send(source, tenant, Request.get("/orders/" + UUID.randomUUID() + "/invoice"));
    assertEquals(404, missing.status());
    assertEquals("application/json", missing.header("content-type"));
  }

  @Test
  void preferencesOnlyExistOnTheHttpApi() {
    HttpResult rest = APP.request(Source.API_GATEWAY_REST, Request.get("/preferences"));
    assertEquals(404, rest.status(), rest.toString());
    assertEquals("-", rest.function());
    HttpResult alb = APP.request(Source.ALB, Request.get("/orders"));
    assertEquals(404, alb.status(), "the orders API has no ALB routes");
  }

  @ParameterizedTest
  @EnumSource(names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void anotherMethodOnAnOrdersPathAnswers405WithAllow(Source source) {
    HttpResult patch = send(source, newTenant(), Request.of("PATCH", "/orders/" + SAMPLE_ID).json("{}"));
    assertEquals(405, patch.status(), patch.toString());
    assertEquals("Method Not Allowed", patch.bodyJson().get("message").asText());
    assertNotEquals(null, patch.header("Allow"));
    assertTrue(List.of("GET", "PUT", "DELETE").contains(patch.header("Allow")), patch.toString());
  }

  static Set<String> idsOf(JsonNode page) {
    Set<String> ids = new HashSet<>();
    page.get("orders").forEach(order -> ids.add(order.get("id").asText()));
    return ids;
  }
}
