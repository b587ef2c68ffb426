package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.processor.TestContext;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Real sample events, unchanged, bound to typed parameters of generated adapters. */
class SampleBindingsTest {

  @Test
  void albMultiValueQueryAndHeaderLists() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_TodosHandler"),
            Events.bytes("alb-multi-value-query-headers-powertools.json"));
    assertEquals(200, response.get("statusCode").asInt());
    assertEquals("200 OK", response.get("statusDescription").asText());
    assertFalse(response.has("headers"));
    assertEquals("[\"application/json\"]", response.get("multiValueHeaders").get("Content-Type").toString());
    JsonNode seen = Events.body(response);
    assertEquals("[\"value1\",\"value2\"]", seen.get("p1").toString());
    assertEquals("value", seen.get("p2").asText());
    assertEquals("[\"value1\",\"value2\"]", seen.get("h2").toString());
    assertEquals("curl/7.79.1", seen.get("agent").asText());
    assertFalse(seen.get("missing").asBoolean());
  }

  @Test
  void albSingleValueBase64JsonBody() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_AlbPostHandler"),
            Events.bytes("alb-single-value-base64-body-samcli.json"));
    assertEquals(200, response.get("statusCode").asInt());
    assertEquals("text/plain; charset=utf-8", response.get("headers").get("Content-Type").asText());
    assertFalse(response.get("isBase64Encoded").asBoolean());
    assertEquals("test=body query=1234ABCD", response.get("body").asText());
  }

  @Test
  void albSingleValueCookieInBinaryAndCookieOut() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_AlbRootHandler"), Events.bytes("alb-single-value-cookie-java-libs.json"));
    assertEquals(200, response.get("statusCode").asInt());
    JsonNode headers = response.get("headers");
    assertEquals("application/octet-stream", headers.get("Content-Type").asText());
    assertEquals("a, b", headers.get("X-Trace").asText());
    assertEquals("seen=value", headers.get("Set-Cookie").asText());
    assertTrue(response.get("isBase64Encoded").asBoolean());
    assertEquals("value:Hello from ELB", Events.bodyText(response));
  }

  @Test
  void restJsonBodyHeadersAndExplicitResponse() {
    TestContext context = new TestContext("restPost");
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_RestPostHandler"),
            Events.bytes("apigw-v1-proxy-post-java-libs.json"),
            context);
    assertEquals(201, response.get("statusCode").asInt());
    assertEquals("/things/1", response.get("headers").get("Location").asText());
    assertEquals("application/json", response.get("headers").get("Content-Type").asText());
    assertEquals("[\"a=1; Path=/\",\"b=2\"]", response.get("multiValueHeaders").get("Set-Cookie").toString());
    JsonNode seen = Events.body(response);
    assertEquals("Lambda rocks", seen.get("message").asText());
    assertEquals("bar", seen.get("foo").asText());
    assertEquals(443, seen.get("port").asInt());
    assertEquals("[\"127.0.0.1\",\"127.0.0.2\"]", seen.get("chain").toString());
    assertEquals("prod", seen.get("stage").asText());
    assertEquals("restPost", seen.get("fn").asText());
  }

  @Test
  void restGenericJsonBodyPathAndOptionalQuery() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_HelloHandler"), Events.bytes("apigw-v1-proxy-post-multivalue-go.json"));
    assertEquals(200, response.get("statusCode").asInt());
    JsonNode seen = Events.body(response);
    assertEquals("world", seen.get("who").asText());
    assertEquals(1, seen.get("a").asInt());
    assertEquals("me", seen.get("name").asText());
    assertTrue(seen.get("absent").asBoolean());
  }

  @Test
  void restVoidAnswers204WithoutBody() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_RestGetHandler"), Events.bytes("apigw-v1-docs-input-format-example.json"));
    assertEquals(204, response.get("statusCode").asInt());
    assertEquals("", response.get("body").asText());
    assertNull(Events.header(response, "Content-Type"));
  }

  @Test
  void httpApiJsonBodyListsCookiesInAndOut() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_V2PostHandler"), Events.bytes("apigw-v2-post-cookies-jwt-powertools.json"));
    assertEquals(200, response.get("statusCode").asInt());
    assertEquals("text/plain; charset=utf-8", response.get("headers").get("Content-Type").asText());
    // the samples send bare cookie names: present with an empty value
    assertEquals("tom [value1, value2] [value1, value2] true false", response.get("body").asText());
    assertEquals("[\"s=1\",\"t=2; HttpOnly\"]", response.get("cookies").toString());
  }

  @Test
  void httpApiTextBodyWhereJsonIsExpectedIs400() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_V2PostHandler"), Events.bytes("apigw-v2-docs-input-format-example.json"));
    assertEquals(400, response.get("statusCode").asInt());
    assertEquals("application/json", response.get("headers").get("Content-Type").asText());
    JsonNode body = Events.body(response);
    assertEquals("Bad Request", body.get("message").asText());
    assertEquals(1, body.get("errors").size());
    JsonNode error = body.get("errors").get(0);
    assertEquals("body", error.get("in").asText());
    assertTrue(error.get("reason").asText().startsWith("malformed JSON body: "), error.toString());
  }

  @Test
  void httpApiEveryBindingProblemInOne400() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_V2GetHandler"), Events.bytes("apigw-v2-get-no-body-powertools.json"));
    assertEquals(400, response.get("statusCode").asInt());
    JsonNode errors = Events.body(response).get("errors");
    assertEquals(5, errors.size(), errors.toString());
    assertProblem(errors.get(0), "parameter2", "query", "value", "expected an integer (32-bit)");
    assertProblem(errors.get(1), "nope", "query", null, "required query parameter is missing");
    assertProblem(errors.get(2), "x-none", "header", null, "required header parameter is missing");
    assertProblem(errors.get(3), "parameter1", "query", "value1", "expected an integer (32-bit)");
    assertProblem(errors.get(4), "parameter1", "query", "value2", "expected an integer (32-bit)");
  }

  @Test
  void httpApiBase64BodyInAsStreamBytesOutAsBase64() {
    JsonNode response =
        Events.invoke(
            Shop.handler("Shop_V2UploadHandler"), Events.bytes("apigw-v2-base64-body-cookies-samcli.json"));
    assertEquals(200, response.get("statusCode").asInt());
    assertTrue(response.get("isBase64Encoded").asBoolean());
    assertEquals("application/octet-stream", response.get("headers").get("Content-Type").asText());
    String reversed = new StringBuilder("{\"test\":\"body\"}").reverse().toString();
    assertEquals(reversed, new String(Events.bodyBytes(response), StandardCharsets.UTF_8));
  }

  static void assertProblem(JsonNode error, String parameter, String in, String value, String reason) {
    assertEquals(parameter, error.get("parameter").asText(), error.toString());
    assertEquals(in, error.get("in").asText(), error.toString());
    assertEquals(value, error.get("value").isNull() ? null : error.get("value").asText(), error.toString());
    assertEquals(reason, error.get("reason").asText(), error.toString());
  }
}
