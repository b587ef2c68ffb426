package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.processor.TestContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A function with a Lambda function URL, compiled by the real processor, on the documented request
 * payload and aws-lambda-go's (https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html):
 * bound like every other source, routed by the adapter among the function's URL triggers.
 */
class FunctionUrlAdapterTest {
  private static Harness.Adapters adapters;

  @BeforeAll
  static void compile() {
    adapters =
        new Harness.Adapters(
            Harness.compileClean(
                Harness.source(
                    "com.acme.Url",
                    "package com.acme;",
                    "",
                    "import io.lambdaforge.annotations.*;",
                    "import io.lambdaforge.runtime.http.HttpRequest;",
                    "import java.util.LinkedHashMap;",
                    "import java.util.Map;",
                    "",
                    "public class Url {",
                    "  @Function(timeout = 900, triggers = {",
                    "      @Trigger(source = Source.FUNCTION_URL, method = \"POST\", path = \"/my/{what}\"),",
                    "      @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/files/{what+}\")})",
                    "  @FunctionUrl(auth = FunctionUrl.AuthType.AWS_IAM)",
                    "  public static Map<String, Object> handle(@PathParam(\"what\") String what,",
                    "      @QueryParam(\"parameter2\") String p2,",
                    "      @HeaderParam(\"header1\") String h1, @CookieParam(\"cookie1\") String c1,",
                    "      @Body String body, HttpRequest request) {",
                    "    Map<String, Object> seen = new LinkedHashMap<>();",
                    "    seen.put(\"source\", request.source().name());",
                    "    seen.put(\"what\", what);",
                    "    seen.put(\"p2\", p2);",
                    "    seen.put(\"h1\", h1);",
                    "    seen.put(\"c1\", c1);",
                    "    seen.put(\"body\", body);",
                    "    seen.put(\"iam\", request.authorizer().get(\"iam\"));",
                    "    return seen;",
                    "  }",
                    "}")),
            "com.acme");
  }

  private static JsonNode invoke(byte[] event) {
    RequestStreamHandler handler = adapters.handler("Url_HandleHandler");
    TestContext context = new TestContext("handle");
    return Events.invoke(handler, event, context);
  }

  @ParameterizedTest
  @ValueSource(strings = {"function-url-request-docs.json", "function-url-request-iam-go.json"})
  void theRealSamplesBindAsEverySourceDoes(String file) {
    JsonNode response = invoke(Events.bytes(file));
    assertEquals(200, response.get("statusCode").asInt(), response::toString);
    JsonNode seen = Events.body(response);
    assertEquals("FUNCTION_URL", seen.get("source").asText());
    assertEquals("path", seen.get("what").asText());
    assertEquals("value", seen.get("p2").asText());
    assertEquals("value1", seen.get("h1").asText());
    assertEquals("", seen.get("c1").asText());
    assertEquals("Hello from client!", seen.get("body").asText());
    assertEquals("arn:aws:iam::111122223333:user/example-user", seen.at("/iam/userArn").asText());
  }

  @Test
  void theEncodedRawPathBindsDecodedAndUnknownPathsAndMethodsAreAnsweredByTheAdapter() {
    JsonNode files = invoke(Events.edited("function-url-request-docs.json", e -> {
      e.put("rawPath", "/files/capture/space%20value");
      e.with("requestContext").with("http").put("method", "GET");
    }));
    assertEquals(200, files.get("statusCode").asInt(), files::toString);
    assertEquals("capture/space value", Events.body(files).get("what").asText());

    JsonNode unknown = invoke(Events.edited("function-url-request-docs.json", e -> e.put("rawPath", "/other")));
    assertEquals(404, unknown.get("statusCode").asInt());
    JsonNode wrongMethod = invoke(Events.edited("function-url-request-docs.json",
        e -> e.with("requestContext").with("http").put("method", "PUT")));
    assertEquals(405, wrongMethod.get("statusCode").asInt());
    assertTrue(Events.header(wrongMethod, "Allow").contains("POST"), wrongMethod::toString);
  }
}
