package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.processor.TestContext;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One function behind several sources: each request is answered in its own source's format, and
 * a direct invoke binds the body parameter from the JSON payload. ALB answers in the mode the
 * target group uses, whatever the trigger declares.
 */
class MixedTriggersTest {
  private static final String BODY = "{\"test\":\"in\"}";

  private static byte[] post(String file, String path) {
    return Events.edited(
        file,
        e -> {
          if (e.has("rawPath")) {
            e.put("rawPath", path);
            ((ObjectNode) e.at("/requestContext/http")).put("method", "POST").put("path", path);
          } else {
            e.put("path", path);
            e.put("httpMethod", "POST");
          }
          e.put("body", BODY);
          e.put("isBase64Encoded", false);
        });
  }

  @Test
  void albSingleValueShape() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_MixedHandler"),
            post("alb-single-value-headers-go.json", "/mixed"),
            new TestContext("mixed-fn"));
    assertEquals(200, response.get("statusCode").asInt());
    assertEquals("200 OK", response.get("statusDescription").asText());
    assertEquals("application/json", response.get("headers").get("Content-Type").asText());
    assertFalse(response.has("multiValueHeaders"));
    assertEquals("{\"test\":\"in@mixed-fn\"}", response.get("body").asText());
  }

  @Test
  void albMultiValueEventOnASingleValueRouteIsAnsweredMultiValue() {
    TestContext context = new TestContext("mixed-fn");
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_MixedHandler"), post("alb-multi-value-headers-go.json", "/mixed"), context);
    assertEquals(200, response.get("statusCode").asInt());
    assertFalse(response.has("headers"));
    assertEquals("[\"application/json\"]", response.get("multiValueHeaders").get("Content-Type").toString());
    assertTrue(context.log().contains("multiValueHeaders"), context::log);
  }

  @Test
  void restShape() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_MixedHandler"),
            post("apigw-v1-proxy-post-java-libs.json", "/mixed"),
            new TestContext("mixed-fn"));
    assertEquals(200, response.get("statusCode").asInt());
    assertTrue(response.has("multiValueHeaders"));
    assertFalse(response.has("statusDescription"));
    assertEquals("{\"test\":\"in@mixed-fn\"}", response.get("body").asText());
  }

  @Test
  void httpApiShape() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_MixedHandler"),
            post("apigw-v2-post-cookies-java-libs.json", "/mixed"),
            new TestContext("mixed-fn"));
    assertEquals(200, response.get("statusCode").asInt());
    assertTrue(response.has("cookies"));
    assertFalse(response.has("multiValueHeaders"));
    assertEquals("{\"test\":\"in@mixed-fn\"}", response.get("body").asText());
  }

  @Test
  void directInvokeBindsThePayloadAndWritesJson() {
    byte[] out =
        Events.invokeRaw(
            Shop.handler("Shop_MixedHandler"),
            "{\"test\":\"sdk\"}".getBytes(StandardCharsets.UTF_8),
            new TestContext("mixed-fn"));
    assertEquals("{\"test\":\"sdk@mixed-fn\"}", new String(out, StandardCharsets.UTF_8));
  }

  @Test
  void voidFunctionOnAlbMultiValueAndDirectInvoke() throws Exception {
    RequestStreamHandler tick = Shop.handler("Shop_TickHandler");
    Class<?> shop = tick.getClass().getClassLoader().loadClass("com.acme.Shop");
    int before = shop.getField("ticks").getInt(null);

    byte[] event =
        Events.edited("alb-multi-value-headers-go.json", e -> e.put("path", "/tick"));
    JsonNode response = Events.invoke(tick, event);
    assertEquals(204, response.get("statusCode").asInt());
    assertEquals("204 No Content", response.get("statusDescription").asText());
    assertTrue(response.has("multiValueHeaders"));

    byte[] out = Events.invokeRaw(tick, "{}".getBytes(StandardCharsets.UTF_8), new TestContext("tick"));
    assertEquals("null", new String(out, StandardCharsets.UTF_8));
    assertEquals(before + 2, shop.getField("ticks").getInt(null));
  }

  @Test
  void unannotatedInputIsTheBodyOverHttpAndThePayloadOnDirectInvoke() {
    RequestStreamHandler first = Shop.handler("Shop_FirstHandler");
    byte[] event =
        Events.edited(
            "apigw-v2-post-cookies-java-libs.json",
            e -> {
              e.put("rawPath", "/first");
              e.put("body", "[\"a\",\"b\"]");
            });
    JsonNode response = Events.invoke(first, event);
    assertEquals(200, response.get("statusCode").asInt());
    assertEquals("a", response.get("body").asText());

    JsonNode empty = Events.invoke(first, Events.edited(
        "apigw-v2-post-cookies-java-libs.json", e -> {
          e.put("rawPath", "/first");
          e.put("body", "[]");
        }));
    assertEquals(404, empty.get("statusCode").asInt());

    String sdk = new String(Events.invokeRaw(first, "[\"x\"]".getBytes(StandardCharsets.UTF_8),
        new TestContext("first")), StandardCharsets.UTF_8);
    assertEquals("\"x\"", sdk);
    String none = new String(Events.invokeRaw(first, "[]".getBytes(StandardCharsets.UTF_8),
        new TestContext("first")), StandardCharsets.UTF_8);
    assertEquals("null", none);
  }
}
