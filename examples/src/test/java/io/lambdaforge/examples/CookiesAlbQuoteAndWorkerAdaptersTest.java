package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.HttpResult;
import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The cookie routes (HTTP API only), the ALB status service in both header modes, the quote
 * function under its three sources and the SDK-only worker, through their generated adapters:
 * HTTP requests through {@link LocalLambda#request}, and raw events (the sample each gateway
 * sends, edited with Jackson) through {@link LocalLambda#invoke} to check the wire format the
 * adapter writes.
 */
class CookiesAlbQuoteAndWorkerAdaptersTest {
  static final LocalLambda APP = LocalLambda.builder().share("io.lambdaforge.examples.orders.data").build();

  @AfterAll
  static void close() {
    APP.close();
  }

  static ObjectNode sample(String function, Source source) {
    return (ObjectNode) APP.sampleEvent(function, source);
  }

  // ---- cookies (HTTP API) ----

  @Test
  void preferencesReadTheHttpApiCookiesArray() {
    ObjectNode event = sample("preferences", Source.API_GATEWAY_HTTP);
    event.putArray("cookies").add("theme=dark").add("currency=EUR").add("locale=de-DE");
    assertFalse(event.path("headers").has("cookie"), "payload 2.0 moves cookies out of the headers");

    Invocation invocation = APP.invoke("preferences", event);
    JsonNode wire = invocation.json();
    assertEquals(200, wire.get("statusCode").asInt(), wire.toString());
    assertEquals("application/json", wire.at("/headers/Content-Type").asText(), wire.toString());
    HttpResult response = invocation.http();
    assertEquals("EUR", response.bodyJson().get("currency").asText());
    assertEquals("de-DE", response.bodyJson().get("locale").asText());

    HttpResult defaults = APP.request(Source.API_GATEWAY_HTTP, Request.get("/preferences"));
    assertEquals(200, defaults.status());
    assertEquals("USD", defaults.bodyJson().get("currency").asText());
    assertEquals("en-US", defaults.bodyJson().get("locale").asText());

    HttpResult fromHeader = APP.request(Source.API_GATEWAY_HTTP,
        Request.get("/preferences").header("Cookie", "currency=JPY; locale=ja-JP"));
    assertEquals("JPY", fromHeader.bodyJson().get("currency").asText());
    assertEquals("ja-JP", fromHeader.bodyJson().get("locale").asText());
  }

  @Test
  void savingPreferencesSetsTwoCookies() {
    ObjectNode event = Events.jsonBody(sample("savePreferences", Source.API_GATEWAY_HTTP), Source.API_GATEWAY_HTTP,
        "{\"currency\":\"EUR\",\"locale\":\"fr-FR\"}");
    Invocation invocation = APP.invoke("savePreferences", event);
    JsonNode wire = invocation.json();
    assertEquals(200, wire.get("statusCode").asInt(), wire.toString());
    assertEquals(List.of(
            "currency=EUR; Path=/; Max-Age=31536000; Secure; HttpOnly; SameSite=Lax",
            "locale=fr-FR; Path=/; Max-Age=31536000; Secure; HttpOnly; SameSite=Lax"),
        Jsons.texts(wire.get("cookies")));
    assertFalse(wire.has("multiValueHeaders"), "payload 2.0 responses have no multiValueHeaders");

    HttpResult response = invocation.http();
    assertEquals(2, response.headers("Set-Cookie").size(), response.toString());
    assertTrue(response.headers("Set-Cookie").get(0).startsWith("currency=EUR;"));
    assertTrue(response.headers("Set-Cookie").get(1).startsWith("locale=fr-FR;"));
    assertEquals("fr-FR", response.bodyJson().get("locale").asText());

    HttpResult defaultLocale = APP.request(Source.API_GATEWAY_HTTP, Request.put("/preferences", "{\"currency\":\"GBP\"}"));
    assertEquals(200, defaultLocale.status());
    assertTrue(defaultLocale.headers("set-cookie").get(1).startsWith("locale=en-US;"), defaultLocale.toString());
  }

  @Test
  void savingBadPreferencesAnswers400WithoutCookies() {
    for (String body : List.of("{\"currency\":\"euro\"}", "{\"currency\":\"EUR\",\"locale\":\"french\"}", "null")) {
      HttpResult response = APP.request(Source.API_GATEWAY_HTTP, Request.put("/preferences", body));
      assertEquals(400, response.status(), body + ": " + response);
      assertTrue(response.headers("set-cookie").isEmpty(), response.toString());
      if (body.equals("null")) {
        // refused by the adapter before the method runs
        assertEquals("a request body is required, got JSON null", response.bodyJson().at("/errors/0/reason").asText());
      } else {
        assertTrue(response.bodyJson().get("message").asText().contains(" must "), response.toString());
      }
    }
  }

  // ---- ALB ----

  @Test
  void healthAnswersInSingleValueModeWithAStatusDescription() {
    ObjectNode event = sample("health", Source.ALB);
    assertTrue(event.has("headers") && !event.has("multiValueHeaders"), event.toString());

    Invocation invocation = APP.invoke("health", event);
    JsonNode wire = invocation.json();
    assertEquals(200, wire.get("statusCode").asInt());
    assertEquals("200 OK", wire.get("statusDescription").asText(), wire.toString());
    assertFalse(wire.get("isBase64Encoded").asBoolean());
    assertFalse(wire.has("multiValueHeaders"), wire.toString());
    assertTrue(wire.get("headers").isObject() && wire.get("headers").size() > 0, wire.toString());
    for (Iterator<JsonNode> values = wire.get("headers").elements(); values.hasNext(); ) {
      assertTrue(values.next().isTextual(), "single-value headers only: " + wire);
    }
    HttpResult response = invocation.http();
    assertEquals("application/json", response.header("content-type"));
    assertEquals("ok", response.bodyJson().get("status").asText());
    assertEquals("status-service", response.bodyJson().get("service").asText());

    assertEquals(200, APP.request(Source.ALB, Request.get("/health")).status());
    HttpResult post = APP.request(Source.ALB, Request.post("/health", "{}"));
    assertEquals(405, post.status(), post.toString());
    assertEquals("GET", post.header("Allow"));
  }

  @Test
  void inspectAnswersInMultiValueModeWithEveryValue() {
    ObjectNode event = sample("inspect", Source.ALB);
    ObjectNode headers = (ObjectNode) event.get("multiValueHeaders");
    headers.putArray("accept").add("text/html").add("application/json, text/plain");
    headers.putArray("x-forwarded-for").add("203.0.113.7").add("10.0.0.1");
    event.putObject("multiValueQueryStringParameters").set("tag",
        event.arrayNode().add("blue").add("light%20green"));

    JsonNode wire = APP.invoke("inspect", event).json();
    assertEquals(200, wire.get("statusCode").asInt(), wire.toString());
    assertEquals("200 OK", wire.get("statusDescription").asText());
    assertFalse(wire.has("headers"), "multi-value mode answers with multiValueHeaders only: " + wire);
    assertEquals("application/json", wire.at("/multiValueHeaders/Content-Type/0").asText(), wire.toString());
    JsonNode body = Jsons.parse(wire.get("body").asText());
    assertEquals(List.of("text/html", "application/json", "text/plain"), Jsons.texts(body.get("accept")));
    assertEquals(List.of("blue", "light green"), Jsons.texts(body.get("tags")),
        "the adapter decodes what the ALB leaves encoded");
    assertEquals(List.of("203.0.113.7", "10.0.0.1"), Jsons.texts(body.get("forwardedFor")));

    HttpResult response = APP.request(Source.ALB, Request.get("/inspect?tag=a&tag=b+c&tag=d%2Fe")
        .header("Accept", "text/html").header("Accept", "application/json"));
    assertEquals(200, response.status(), response.toString());
    assertEquals(List.of("a", "b c", "d/e"), Jsons.texts(response.bodyJson().get("tags")));
    assertEquals(List.of("text/html", "application/json"),
        Jsons.texts(response.bodyJson().get("accept")));
    assertEquals(List.of("127.0.0.1"), Jsons.texts(response.bodyJson().get("forwardedFor")),
        "the load balancer adds the client address");
  }

  // ---- quote: ALB, HTTP API and SDK ----

  @Test
  void quoteAnswersTheSameQuoteUnderAllThreeSources() {
    String request = "{\"sku\":\"BOOK-42\",\"quantity\":150}";

    ObjectNode albEvent = Events.jsonBody(sample("quote", Source.ALB), Source.ALB, request);
    Invocation alb = APP.invoke("quote", albEvent);
    JsonNode albWire = alb.json();
    assertEquals("200 OK", albWire.get("statusDescription").asText(), albWire.toString());
    assertTrue(albWire.has("headers") && !albWire.has("multiValueHeaders"), albWire.toString());
    JsonNode viaAlb = alb.http().bodyJson();

    HttpResult http = APP.request(Source.API_GATEWAY_HTTP, Request.post("/quotes", request));
    assertEquals(200, http.status(), http.toString());
    assertEquals("application/json", http.header("content-type"));

    Invocation sdk = APP.invoke("quote", request);
    assertTrue(sdk.source().isEmpty(), "a direct-invoke payload");
    JsonNode viaSdk = sdk.json();
    assertFalse(viaSdk.has("statusCode"), "an SDK answer is the result itself: " + viaSdk);

    assertEquals(viaSdk, viaAlb);
    assertEquals(viaSdk, http.bodyJson());
    assertEquals("BOOK-42", viaSdk.get("sku").asText());
    assertEquals(150, viaSdk.get("quantity").asInt());
    BigDecimal unit = viaSdk.get("unitPrice").decimalValue();
    assertEquals(0, unit.multiply(BigDecimal.valueOf(150)).compareTo(viaSdk.get("total").decimalValue()), viaSdk.toString());

    BigDecimal single = APP.invoke("quote", "{\"sku\":\"BOOK-42\",\"quantity\":1}").json().get("unitPrice").decimalValue();
    BigDecimal thousand = APP.invoke("quote", "{\"sku\":\"BOOK-42\",\"quantity\":1000}").json().get("unitPrice").decimalValue();
    assertEquals(0, single.multiply(new BigDecimal("0.93")).setScale(2, RoundingMode.HALF_EVEN).compareTo(unit),
        "7% off from 100: " + single + " -> " + unit);
    assertEquals(0, single.multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_EVEN).compareTo(thousand),
        "15% off from 1000: " + single + " -> " + thousand);
  }

  @Test
  void quoteRejectsBadRequestsInEachSourcesWay() {
    HttpResult http = APP.request(Source.API_GATEWAY_HTTP, Request.post("/quotes", "{\"sku\":\"A\",\"quantity\":0}"));
    assertEquals(400, http.status());
    assertEquals("quantity must be 1..10000, got 0", http.bodyJson().get("message").asText());

    ObjectNode albEvent = Events.jsonBody(sample("quote", Source.ALB), Source.ALB, "{\"quantity\":3}");
    JsonNode albWire = APP.invoke("quote", albEvent).json();
    assertEquals(400, albWire.get("statusCode").asInt(), albWire.toString());
    assertEquals("400 Bad Request", albWire.get("statusDescription").asText());
    assertEquals("sku is required", Jsons.parse(albWire.get("body").asText()).get("message").asText());

    Invocation sdk = APP.invoke("quote", "{\"sku\":\"A\",\"quantity\":20000}");
    assertFalse(sdk.succeeded(), sdk.toString());
    assertTrue(sdk.errorMessage().contains("quantity must be 1..10000, got 20000"), sdk.toString());

    Invocation wrongShape = APP.invoke("quote", "[1, 2]");
    assertFalse(wrongShape.succeeded(), wrongShape.toString());
    assertEquals("io.lambdaforge.runtime.internal.sdk.PayloadException", wrongShape.errorType());
    assertTrue(wrongShape.errorMessage().startsWith("function quote: payload does not bind to "
        + "io.lambdaforge.examples.quotes.QuoteService$QuoteRequest"), wrongShape.errorMessage());

    assertEquals(404, APP.request(Source.API_GATEWAY_REST, Request.post("/quotes", "{}")).status(),
        "no REST trigger");
  }

  // ---- SDK worker ----

  @Test
  void repriceReadsAndWritesRecordsAndSeesTheContext() {
    Invocation invocation = APP.invoke("reprice", """
        {"items":[{"sku":"A","price":10.00},{"sku":"B","price":3.35}],"percent":-10}""");
    assertTrue(invocation.source().isEmpty());
    JsonNode result = invocation.json();
    assertEquals(2, result.get("count").asInt(), result.toString());
    assertEquals("A", result.at("/items/0/sku").asText());
    assertTrue(invocation.output().contains("{\"sku\":\"A\",\"price\":9.00}"), "prices keep two decimals: "
        + invocation.output());
    assertTrue(invocation.output().contains("{\"sku\":\"B\",\"price\":3.02}"), "3.015 rounds half-even: "
        + invocation.output());
    String requestId = result.get("requestId").asText();
    assertEquals(requestId, UUID.fromString(requestId).toString(), "the Lambda context's request id");
    assertFalse(result.has("statusCode"));

    String other = APP.invoke("reprice", "{\"items\":[],\"percent\":5}").json().get("requestId").asText();
    assertFalse(other.equals(requestId), "each invocation has its own request id");
  }

  @Test
  void repriceWithABadPayloadFailsNamingTheFunctionAndType() {
    List<String> payloads = List.of("{\"items\":\"none\",\"percent\":5}", "{\"items\":[], \"percent\":\"lots\"}",
        "{\"items\": [", "[]");
    List<String> messages = new ArrayList<>();
    for (String payload : payloads) {
      Invocation invocation = APP.invoke("reprice", payload);
      assertFalse(invocation.succeeded(), payload);
      assertEquals("io.lambdaforge.runtime.internal.sdk.PayloadException", invocation.errorType(), payload);
      assertTrue(invocation.errorMessage().startsWith("function reprice: payload does not bind to "
          + "io.lambdaforge.examples.worker.RepriceWorker$RepriceRequest: "), invocation.errorMessage());
      messages.add(invocation.errorMessage());
    }
    assertTrue(messages.get(0).contains("$.items"), messages.get(0));

    Invocation missing = APP.invoke("reprice", "{\"items\":[]}");
    assertEquals("java.lang.IllegalArgumentException", missing.errorType());
    assertEquals("items and percent are required", missing.errorMessage());
  }
}
