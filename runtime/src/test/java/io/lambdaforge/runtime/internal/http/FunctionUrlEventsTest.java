package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lambda function URL events (https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html):
 * the documented request payload ({@code function-url-request-docs.json}, also powertools' fixture)
 * and aws-lambda-go's ({@code function-url-request-iam-go.json}, without {@code routeKey} and
 * {@code stage}), routed by the adapter itself because no gateway sits in front of the URL.
 */
class FunctionUrlEventsTest {
  private static final String DOCS = "function-url-request-docs.json";
  private static final String GO = "function-url-request-iam-go.json";

  private static HttpDispatcher dispatcher() {
    return HttpDispatcher.builder("url")
        .route(Source.FUNCTION_URL, "POST", "/my/path", EchoHandler::echo)
        .route(Source.FUNCTION_URL, "GET", "/files/{name}", (r, c) -> Map.of("name", r.pathParam("name"), "path", r.path()))
        .route(Source.FUNCTION_URL, "GET", "/cookie", (r, c) -> HttpResponse.ok(Map.of("ok", true))
            .cookie("session=abc; Path=/; HttpOnly").header("My-Custom-Header", "Custom Value"))
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {DOCS, GO})
  void theDocumentedPayloadIsDecodedAsAFunctionUrlRequest(String file) {
    TestContext context = new TestContext();
    JsonNode response = Events.invoke(dispatcher(), Events.bytes(file), context);

    assertEquals(200, response.get("statusCode").asInt(), () -> response + " " + context.log);
    JsonNode seen = Events.body(response);
    assertEquals("FUNCTION_URL", seen.get("source").asText());
    assertEquals("POST", seen.get("method").asText());
    assertEquals("/my/path", seen.get("path").asText());
    assertEquals("Hello from client!", seen.get("bodyText").asText());
    assertEquals("[\"value1\",\"value2\"]", seen.at("/query/parameter1").toString());
    assertEquals("[\"value\"]", seen.at("/query/parameter2").toString());
    assertEquals("value1,value2", seen.at("/headers/header2/0").asText());
    assertEquals("123.123.123.123", seen.get("remoteAddress").asText());
    assertEquals("id", seen.get("requestId").asText());
    // cookies arrive as the payload 2.0 cookies array, names without values
    assertTrue(seen.get("cookies").has("cookie1"), seen.toString());
    assertTrue(seen.get("cookies").has("cookie2"), seen.toString());
    // AWS_IAM: the caller's identity is requestContext.authorizer.iam
    assertEquals("arn:aws:iam::111122223333:user/example-user", seen.at("/authorizer/iam/userArn").asText());
    assertEquals("111122223333", seen.at("/authorizer/iam/accountId").asText());
    // the payload 2.0 response shape
    assertTrue(response.has("headers"));
    assertFalse(response.has("multiValueHeaders"));
    assertFalse(response.get("isBase64Encoded").asBoolean());
  }

  @Test
  void authTypeNoneHasNoAuthorizer() {
    byte[] event = Events.edited(DOCS, e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e.get("requestContext"))
        .putNull("authorizer"));
    JsonNode seen = Events.body(Events.invoke(dispatcher(), event, new TestContext()));
    assertEquals("FUNCTION_URL", seen.get("source").asText());
    assertTrue(seen.get("authorizer").isEmpty(), seen.toString());
  }

  /** rawPath arrives percent-encoded (a live capture shows /capture/space%20value); it is decoded once. */
  @Test
  void anEncodedRawPathIsDecodedOnceForRouting() {
    byte[] event = Events.edited(DOCS, e -> {
      e.put("rawPath", "/files/space%20value%2Fx");
      e.with("requestContext").with("http").put("method", "GET").put("path", "/files/space%20value%2Fx");
    });
    JsonNode response = Events.invoke(dispatcher(), event, new TestContext());
    assertEquals(200, response.get("statusCode").asInt(), response::toString);
    assertEquals("space value/x", Events.body(response).get("name").asText());
    assertEquals("/files/space%20value%2Fx", Events.body(response).get("path").asText());
  }

  @Test
  void anUnknownPathIs404AndAWrongMethod405FromTheAdapter() {
    byte[] unknown = Events.edited(DOCS, e -> e.put("rawPath", "/nowhere"));
    JsonNode notFound = Events.invoke(dispatcher(), unknown, new TestContext());
    assertEquals(404, notFound.get("statusCode").asInt());
    assertTrue(notFound.has("headers") && !notFound.has("multiValueHeaders"));

    byte[] wrongMethod = Events.edited(DOCS, e -> e.with("requestContext").with("http").put("method", "DELETE"));
    JsonNode notAllowed = Events.invoke(dispatcher(), wrongMethod, new TestContext());
    assertEquals(405, notAllowed.get("statusCode").asInt());
    assertEquals("POST", Events.header(notAllowed, "allow"));
  }

  @Test
  void aBase64BodyIsDecoded() {
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    byte[] event = Events.edited(DOCS, e -> e.put("body", Base64.getEncoder().encodeToString(bytes))
        .put("isBase64Encoded", true));
    JsonNode seen = Events.body(Events.invoke(dispatcher(), event, new TestContext()));
    assertEquals(Base64.getEncoder().encodeToString(bytes), seen.get("body").asText());
  }

  @Test
  void setCookieGoesToTheCookiesArray() {
    byte[] event = Events.edited(DOCS, e -> {
      e.put("rawPath", "/cookie");
      e.with("requestContext").with("http").put("method", "GET");
    });
    JsonNode response = Events.invoke(dispatcher(), event, new TestContext());
    assertEquals("[\"session=abc; Path=/; HttpOnly\"]", response.get("cookies").toString());
    assertEquals("Custom Value", Events.header(response, "my-custom-header"));
    assertNull(Events.header(response, "set-cookie"));
  }

  @Test
  void aFunctionUrlEventIsNotAnHttpApiEventAndTheReverse() throws Exception {
    HttpEvent url = EventDecoder.decode(Events.bytes(DOCS));
    assertEquals(Source.FUNCTION_URL, url.source);
    HttpEvent api = EventDecoder.decode(Events.bytes("apigw-v2-docs-input-format-example.json"));
    assertEquals(Source.API_GATEWAY_HTTP, api.source);
    // a function with URL routes only refuses an HTTP API event (a function error, as for any unclaimed event)
    TestContext context = new TestContext();
    assertThrows(RuntimeException.class, () -> Events.invoke(dispatcher(),
        Events.bytes("apigw-v2-docs-input-format-example.json"), context));
  }

  @Test
  void onlyALambdaUrlDomainMakesAFunctionUrlEvent() {
    assertTrue(EventDecoder.isFunctionUrlDomain("<url-id>.lambda-url.us-west-2.on.aws"));
    assertTrue(EventDecoder.isFunctionUrlDomain("abcdefg.lambda-url.us-east-1.on.aws"));
    assertFalse(EventDecoder.isFunctionUrlDomain("id.execute-api.us-east-1.amazonaws.com"));
    assertFalse(EventDecoder.isFunctionUrlDomain("lambda-url.on.aws"));
    assertFalse(EventDecoder.isFunctionUrlDomain("x.lambda-url..on.aws"));
    assertFalse(EventDecoder.isFunctionUrlDomain(null));
  }
}
