package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.processor.TestContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Cors} in the generated adapter, on real sample events of each source with an
 * {@code Origin} added: REST proxy responses and ALB responses carry the headers (REST proxy
 * integrations must add them themselves,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html), the ALB preflight
 * is answered by the function; HTTP API and function URL events are left alone, because API Gateway
 * and Lambda apply those doors' CORS configuration
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html).
 */
class CorsAdapterTest {
  private static final String APP = "https://app.example.com";
  private static Harness.Adapters adapters;

  @BeforeAll
  static void compile() {
    adapters =
        new Harness.Adapters(
            Harness.compileClean(
                Harness.source(
                    "com.acme.Web",
                    "package com.acme;",
                    "",
                    "import io.lambdaforge.annotations.*;",
                    "",
                    "@Cors(allowOrigins = \"https://app.example.com\", allowMethods = {\"GET\", \"POST\"},",
                    "    allowHeaders = \"Content-Type\", exposeHeaders = \"X-Total\", maxAgeSeconds = 600,",
                    "    allowCredentials = true)",
                    "public class Web {",
                    "  @Function(triggers = {",
                    "      @Trigger(source = Source.API_GATEWAY_REST, method = \"POST\", path = \"/path/to/resource\"),",
                    "      @Trigger(source = Source.ALB, method = \"ANY\", path = \"/\", priority = 1),",
                    "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/\"),",
                    "      @Trigger(source = Source.FUNCTION_URL, method = \"POST\", path = \"/my/path\")})",
                    "  public static String hello() {",
                    "    return \"hi\";",
                    "  }",
                    "}")),
            "com.acme");
  }

  private static JsonNode invoke(byte[] event) {
    RequestStreamHandler handler = adapters.handler("Web_HelloHandler");
    return Events.invoke(handler, event, new TestContext("hello"));
  }

  /** Adds {@code name: value} to the event's header maps (single- and multi-value). */
  private static void header(ObjectNode event, String name, String value) {
    if (event.has("multiValueHeaders") && event.get("multiValueHeaders").isObject()) {
      event.with("multiValueHeaders").putArray(name).add(value);
    }
    if (!event.has("multiValueHeaders") || event.has("headers")) {
      event.with("headers").put(name, value);
    }
  }

  @Test
  void restProxyResponsesCarryTheHeadersForAnAllowedOrigin() {
    JsonNode response = invoke(Events.edited("apigw-v1-proxy-post-java-libs.json", e -> header(e, "Origin", APP)));
    assertEquals(200, response.get("statusCode").asInt(), response::toString);
    assertEquals(APP, Events.header(response, "Access-Control-Allow-Origin"));
    assertEquals("true", Events.header(response, "Access-Control-Allow-Credentials"));
    assertEquals("X-Total", Events.header(response, "Access-Control-Expose-Headers"));
    assertEquals("Origin", Events.header(response, "Vary"));
  }

  @Test
  void anotherOriginGetsNoCorsHeaders() {
    JsonNode response = invoke(Events.edited("apigw-v1-proxy-post-java-libs.json",
        e -> header(e, "Origin", "https://evil.example.com")));
    assertEquals(200, response.get("statusCode").asInt());
    assertNull(Events.header(response, "Access-Control-Allow-Origin"));
  }

  @Test
  void theAlbPreflightIsAnsweredByTheFunction() {
    JsonNode response = invoke(Events.edited("alb-single-value-headers-go.json", e -> {
      e.put("httpMethod", "OPTIONS");
      header(e, "origin", APP);
      header(e, "access-control-request-method", "POST");
    }));
    assertEquals(204, response.get("statusCode").asInt(), response::toString);
    assertEquals(APP, Events.header(response, "Access-Control-Allow-Origin"));
    assertEquals("GET,POST", Events.header(response, "Access-Control-Allow-Methods"));
    assertEquals("Content-Type", Events.header(response, "Access-Control-Allow-Headers"));
    assertEquals("600", Events.header(response, "Access-Control-Max-Age"));
    assertEquals("true", Events.header(response, "Access-Control-Allow-Credentials"));
  }

  @Test
  void albResponsesCarryTheHeaders() {
    JsonNode response = invoke(Events.edited("alb-single-value-headers-go.json", e -> header(e, "origin", APP)));
    assertEquals(200, response.get("statusCode").asInt(), response::toString);
    assertEquals("hi", Events.bodyText(response));
    assertEquals(APP, Events.header(response, "Access-Control-Allow-Origin"));
    assertEquals("X-Total", Events.header(response, "Access-Control-Expose-Headers"));
  }

  @Test
  void httpApiAndFunctionUrlEventsAreLeftToAws() {
    JsonNode http = invoke(Events.edited("apigw-v2-get-no-authorizer-go.json", e -> header(e, "origin", APP)));
    assertEquals(200, http.get("statusCode").asInt(), http::toString);
    assertNull(Events.header(http, "Access-Control-Allow-Origin"));
    JsonNode url = invoke(Events.edited("function-url-request-docs.json", e -> header(e, "origin", APP)));
    assertEquals(200, url.get("statusCode").asInt(), url::toString);
    assertNull(Events.header(url, "Access-Control-Allow-Origin"));
  }
}
