package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.processor.TestContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request sample in testdata/events, fed unchanged to generated adapters of catch-all
 * functions ({@code /} and {@code /{proxy+}}, method ANY, on all three HTTP sources): the bound
 * path parameter, body and request view are echoed, and the response has the source's shape.
 */
class SampleEventsFunctionalTest {
  private static Harness.Adapters adapters;

  @BeforeAll
  static void compile() {
    adapters =
        new Harness.Adapters(
            Harness.compileClean(
                Harness.source(
                    "com.acme.Echo",
                    "package com.acme;",
                    "",
                    "import io.lambdaforge.annotations.*;",
                    "import io.lambdaforge.runtime.http.HttpRequest;",
                    "import java.util.LinkedHashMap;",
                    "import java.util.Map;",
                    "",
                    "public class Echo {",
                    "  @Function(triggers = {",
                    "      @Trigger(source = Source.ALB, path = \"/{proxy+}\", priority = 1),",
                    "      @Trigger(source = Source.API_GATEWAY_REST, path = \"/{proxy+}\"),",
                    "      @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/{proxy+}\")})",
                    "  public Map<String, Object> echo(@PathParam(\"proxy\") String proxy, @Body byte[] body,",
                    "      HttpRequest request) {",
                    "    Map<String, Object> seen = root(body, request);",
                    "    seen.put(\"proxy\", proxy);",
                    "    return seen;",
                    "  }",
                    "",
                    "  @Function(triggers = {",
                    "      @Trigger(source = Source.ALB, path = \"/\", priority = 2),",
                    "      @Trigger(source = Source.API_GATEWAY_REST, path = \"/\"),",
                    "      @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/\")})",
                    "  public static Map<String, Object> root(@Body byte[] body, HttpRequest request) {",
                    "    Map<String, Object> seen = new LinkedHashMap<>();",
                    "    seen.put(\"source\", request.source().name());",
                    "    seen.put(\"method\", request.method());",
                    "    seen.put(\"path\", request.path());",
                    "    seen.put(\"body\", body);",
                    "    return seen;",
                    "  }",
                    "}")),
            "com.acme");
  }

  static List<String> requestFiles() {
    List<String> files = Events.requestFiles();
    assertTrue(files.size() >= 25, "expected every request sample, found " + files);
    return files;
  }

  @ParameterizedTest
  @MethodSource("requestFiles")
  void everySampleIsRoutedBoundAndAnsweredInItsSourceShape(String file) {
    ObjectNode event = Events.tree(file);
    String source =
        file.startsWith("alb-") ? "ALB" : file.startsWith("apigw-v1-") ? "API_GATEWAY_REST" : "API_GATEWAY_HTTP";
    boolean v2 = source.equals("API_GATEWAY_HTTP");
    String path = v2 ? event.get("rawPath").asText() : event.get("path").asText();
    String method =
        v2 ? event.at("/requestContext/http/method").asText() : event.get("httpMethod").asText();
    RequestStreamHandler handler =
        adapters.handler(path.equals("/") ? "Echo_RootHandler" : "Echo_EchoHandler");

    TestContext context = new TestContext("echo");
    JsonNode response = Events.invoke(handler, Events.bytes(file), context);

    assertEquals(200, response.get("statusCode").asInt(), () -> file + ": " + response + context.log());
    assertEquals(expectedFields(source, event), fieldNames(response), file);
    assertEquals("application/json", Events.header(response, "Content-Type"), file);
    assertTrue(response.get("body").isTextual());
    assertTrue(response.get("isBase64Encoded").isBoolean());
    JsonNode seen = Events.body(response);
    assertEquals(source, seen.get("source").asText(), file);
    assertEquals(method, seen.get("method").asText(), file);
    assertEquals(path, seen.get("path").asText(), file);
    assertEquals(Base64.getEncoder().encodeToString(expectedBody(event)), seen.get("body").asText(), file);
    if (path.equals("/")) {
      assertEquals(4, seen.size(), file);
    } else {
      assertEquals(path.substring(1), seen.get("proxy").asText(), file);
    }
  }

  @Test
  void anEventOfAnUndeclaredSourceIsAFunctionErrorWithoutSdkTrigger() {
    // a direct-invoke payload for an HTTP-only function: the dispatcher refuses it by name
    RequestStreamHandler handler = adapters.handler("Echo_EchoHandler");
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                Events.invokeRaw(
                    handler, "{\"hello\":1}".getBytes(StandardCharsets.UTF_8), new TestContext("echo")));
    assertTrue(e.getMessage().startsWith("Function 'echo' received"), e.getMessage());
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

  /** The fields of each source's response (event-formats.md): ALB answers in the event's mode. */
  private static Set<String> expectedFields(String source, ObjectNode event) {
    switch (source) {
      case "API_GATEWAY_REST":
        return Set.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded");
      case "API_GATEWAY_HTTP":
        return Set.of("statusCode", "headers", "cookies", "body", "isBase64Encoded");
      default:
        boolean multi = event.has("multiValueHeaders") || event.has("multiValueQueryStringParameters");
        return Set.of(
            "statusCode",
            "statusDescription",
            multi ? "multiValueHeaders" : "headers",
            "body",
            "isBase64Encoded");
    }
  }

  private static Set<String> fieldNames(JsonNode response) {
    Set<String> names = new HashSet<>();
    response.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
