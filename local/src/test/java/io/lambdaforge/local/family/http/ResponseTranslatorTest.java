package io.lambdaforge.local.family.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.fixture.Events;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.runtime.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResponseTranslatorTest {
  private final ResponseTranslator translator = new ResponseTranslator(Json.copy());

  private GatewayResponse translate(Source source, String json) {
    return translator.translate(source, json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> values(GatewayResponse response, String name) {
    return response.headers().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
  }

  private static String body(GatewayResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void restMergesHeadersAndMultiValueHeaders() {
    GatewayResponse response = translator.translate(Source.API_GATEWAY_REST,
        Events.bytes("apigw-v1-response-setcookie-java-libs.json"));
    assertEquals(200, response.status());
    assertEquals(List.of("application/json"), values(response, "content-type"));
    assertEquals(List.of("custom-value"), values(response, "x-custom-header"));
    assertEquals(List.of("cookie1=value1", "cookie2=value2"), values(response, "set-cookie"));
    assertEquals("{\"message\":\"Hello from Lambda\"}", body(response));
  }

  @Test
  void restSampleWithTheSameHeaderInBothMapsKeepsOneValue() {
    GatewayResponse response = translator.translate(Source.API_GATEWAY_REST,
        Events.bytes("apigw-v1-response-headers-multivalue-go.json"));
    assertEquals(200, response.status());
    assertEquals(List.of("US"), values(response, "CloudFront-Viewer-Country"));
    assertEquals("Hello World", body(response));
    GatewayResponse json = translator.translate(Source.API_GATEWAY_REST,
        Events.bytes("apigw-v1-response-json-body-java-libs.json"));
    assertEquals("{\"message\": \"Lambda rocks\"}", body(json));
    assertEquals(List.of("max-age=0"), values(json, "cache-control"));
  }

  @Test
  void httpApiTurnsCookiesIntoSetCookieAndIgnoresMultiValueHeaders() {
    GatewayResponse response = translator.translate(Source.API_GATEWAY_HTTP,
        Events.bytes("apigw-v2-response-java-libs.json"));
    assertEquals(200, response.status());
    assertEquals(List.of("session=abc123; Secure; HttpOnly"), values(response, "set-cookie"),
        "multiValueHeaders is not part of the 2.0 response format");
    GatewayResponse url = translator.translate(Source.API_GATEWAY_HTTP,
        Events.bytes("apigw-v2-response-shape-function-url-go.json"));
    assertEquals(201, url.status());
    assertEquals(2, values(url, "set-cookie").size());
    assertEquals(List.of("Custom Value"), values(url, "my-custom-header"));
    assertEquals("{ \"message\": \"Hello, world!\" }", body(url));
  }

  @Test
  void httpApiInfersA200JsonResponseWithoutStatusCode() {
    GatewayResponse object = translate(Source.API_GATEWAY_HTTP, "{ \"message\": \"Hello from Lambda!\" }");
    assertEquals(200, object.status());
    assertEquals(List.of("application/json"), values(object, "content-type"));
    assertEquals("{ \"message\": \"Hello from Lambda!\" }", body(object));
    GatewayResponse string = translate(Source.API_GATEWAY_HTTP, "\"Hello from Lambda!\"");
    assertEquals(200, string.status());
    assertEquals("Hello from Lambda!", body(string));
  }

  @Test
  void albSingleValueUsesHeaders() {
    GatewayResponse response = translator.translate(Source.ALB, Events.bytes("alb-response-single-value-docs.json"));
    assertEquals(200, response.status());
    assertEquals(List.of("cookies"), values(response, "set-cookie"));
    assertEquals("Hello from Lambda (optional)", body(response));
  }

  @Test
  void albWithMultiValueHeadersUsesOnlyThem() {
    GatewayResponse response = translator.translate(Source.ALB, Events.bytes("alb-response-headers-and-multivalue-go.json"));
    assertEquals(List.of("cookie-name=cookie-value;Domain=myweb.com;Secure;HttpOnly",
        "cookie-name=cookie-value;Expires=May 8, 2019"), values(response, "set-cookie"));
    assertEquals(List.of("application/json"), values(response, "content-type"));
    GatewayResponse javaLibs = translator.translate(Source.ALB, Events.bytes("alb-response-java-libs.json"));
    assertEquals(List.of("cookie1=value1", "cookie2=value2"), values(javaLibs, "set-cookie"));
    assertEquals("<html><body>Hello</body></html>", body(javaLibs));
  }

  @ParameterizedTest
  @EnumSource(value = Source.class, names = {"API_GATEWAY_REST", "API_GATEWAY_HTTP", "ALB"})
  void base64BodiesAreDecoded(Source source) {
    GatewayResponse response = translate(source, "{\"statusCode\":200,\"isBase64Encoded\":true,\"body\":\"AAEC/w==\","
        + "\"headers\":{\"Content-Type\":\"application/octet-stream\"}}");
    assertArrayEquals(new byte[] {0, 1, 2, (byte) 0xff}, response.body());
  }

  @ParameterizedTest
  @EnumSource(value = Source.class, names = {"API_GATEWAY_REST", "API_GATEWAY_HTTP", "ALB"})
  void malformedResponsesBecomeTheGatewaysError(Source source) {
    int expected = source == Source.API_GATEWAY_HTTP ? 500 : 502;
    for (String malformed : List.of("not json", "{\"statusCode\":\"abc\"}", "{\"statusCode\":99}",
        "{\"statusCode\":200,\"body\":{\"a\":1}}", "{\"statusCode\":200,\"isBase64Encoded\":true,\"body\":\"%%%\"}")) {
      assertEquals(expected, translate(source, malformed).status(), source + " " + malformed);
    }
    if (source != Source.API_GATEWAY_HTTP) {
      assertEquals(502, translate(source, "[1,2]").status(), "only 2.0 infers a response");
    }
  }

  @Test
  void functionErrorsAndTimeoutsAnswerAsEachGateway() {
    assertEquals(502, ResponseTranslator.functionError(Source.API_GATEWAY_REST).status());
    assertEquals("{\"message\": \"Internal server error\"}", body(ResponseTranslator.functionError(Source.API_GATEWAY_REST)));
    assertEquals(500, ResponseTranslator.functionError(Source.API_GATEWAY_HTTP).status());
    assertEquals("{\"message\":\"Internal Server Error\"}", body(ResponseTranslator.functionError(Source.API_GATEWAY_HTTP)));
    assertEquals(502, ResponseTranslator.functionError(Source.ALB).status());
    assertEquals(504, ResponseTranslator.timeout(Source.API_GATEWAY_REST).status());
    assertEquals(503, ResponseTranslator.timeout(Source.API_GATEWAY_HTTP).status());
    assertEquals(502, ResponseTranslator.timeout(Source.ALB).status());
  }
}
