package io.lambdaforge.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.lambdaforge.processor.AuthorizerProcessor;
import io.lambdaforge.processor.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code @LambdaAuthorizer} adapter on the real authorizer events (testdata/events,
 * aws-lambda-go's samples): REST TOKEN and REQUEST get an IAM policy document shaped like
 * {@code authorizer-rest-policy-answer-go.json}
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html),
 * HTTP API payload 2.0 a simple response
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html).
 */
class LambdaAuthorizerAdapterTest {
  private static Harness.Adapters adapters;

  private static synchronized RequestStreamHandler handler(String simpleName) {
    if (adapters == null) {
      Compilation compilation = Compiler.javac().withProcessors(new AuthorizerProcessor())
          .compile(Harness.source("com.acme.Keys",
              "package com.acme;",
              "import com.amazonaws.services.lambda.runtime.Context;",
              "import io.lambdaforge.annotations.*;",
              "import io.lambdaforge.events.auth.AuthDecision;",
              "import io.lambdaforge.runtime.http.HttpRequest;",
              "",
              "public class Keys {",
              "  @LambdaAuthorizer(name = \"bearer\", type = LambdaAuthorizer.Type.TOKEN,",
              "      resultTtlSeconds = 0)",
              "  public static AuthDecision token(String token, Context context) {",
              "    return token.equals(\"allow\")",
              "        ? AuthDecision.allow(\"user-\" + token).with(\"tenant\", \"acme\").with(\"tier\", 3)",
              "            .with(\"beta\", true).with(\"ratio\", 0.5)",
              "        : AuthDecision.deny(\"anonymous\");",
              "  }",
              "",
              "  @LambdaAuthorizer(name = \"cachedBearer\", type = LambdaAuthorizer.Type.TOKEN)",
              "  public static AuthDecision cached(String token) {",
              "    return AuthDecision.allow(token);",
              "  }",
              "",
              "  @LambdaAuthorizer(name = \"headers\", identitySource = \"$request.header.headerauth1\",",
              "      resultTtlSeconds = 0)",
              "  public AuthDecision request(HttpRequest request, String identity) {",
              "    return identity.equals(\"headerValue1\")",
              "        ? AuthDecision.allow(identity).with(\"q\", request.query(\"QueryString1\"))",
              "        : AuthDecision.deny(String.valueOf(identity));",
              "  }",
              "",
              "  @LambdaAuthorizer(name = \"v2\", identitySource = \"$request.header.Header1\")",
              "  public static AuthDecision v2(String identity, HttpRequest request) {",
              "    return identity.equals(\"user1\")",
              "        ? AuthDecision.allow(identity).with(\"path\", request.path()).with(\"n\", 7)",
              "        : AuthDecision.deny(identity);",
              "  }",
              "}"));
      assertThat(compilation).succeededWithoutWarnings();
      adapters = new Harness.Adapters(compilation, "com.acme");
    }
    return adapters.handler(simpleName);
  }

  private static JsonNode call(String handler, byte[] event) {
    return Events.invoke(handler(handler), event, new TestContext("authorizer"));
  }

  @Test
  void restTokenAllowIsAPolicyDocumentOnTheMethodArn() throws Exception {
    JsonNode answer = call("Keys_TokenHandler", Events.bytes("authorizer-rest-token-go.json"));
    assertEquals("{\"principalId\":\"user-allow\",\"policyDocument\":{\"Version\":\"2012-10-17\","
        + "\"Statement\":[{\"Action\":\"execute-api:Invoke\",\"Effect\":\"Allow\","
        + "\"Resource\":\"arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/\"}]},"
        + "\"context\":{\"tenant\":\"acme\",\"tier\":3,\"beta\":true,\"ratio\":0.5}}",
        answer.toString());
    // the same fields, in the same places, as the library's documented answer
    JsonNode documented = Events.tree("authorizer-rest-policy-answer-go.json");
    for (String pointer : new String[] {"/principalId", "/policyDocument/Version",
        "/policyDocument/Statement/0/Action", "/policyDocument/Statement/0/Effect",
        "/policyDocument/Statement/0/Resource", "/context"}) {
      assertTrue(!documented.at(pointer).isMissingNode() && !answer.at(pointer).isMissingNode(),
          pointer);
    }
    assertEquals(documented.at("/policyDocument/Version"), answer.at("/policyDocument/Version"));
    assertEquals(documented.at("/policyDocument/Statement/0/Action"),
        answer.at("/policyDocument/Statement/0/Action"));
  }

  @Test
  void restTokenDenyIsADenyPolicy() {
    byte[] event = Events.edited("authorizer-rest-token-go.json",
        e -> e.put("authorizationToken", "nope"));
    JsonNode answer = call("Keys_TokenHandler", event);
    assertEquals("Deny", answer.at("/policyDocument/Statement/0/Effect").asText());
    assertEquals("anonymous", answer.get("principalId").asText());
    assertTrue(!answer.has("context"), answer.toString());
  }

  @Test
  void aCachedPolicyCoversTheWholeStage() {
    JsonNode answer = call("Keys_CachedHandler", Events.bytes("authorizer-rest-token-go.json"));
    assertEquals("arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/*",
        answer.at("/policyDocument/Statement/0/Resource").asText());
  }

  @Test
  void restRequestReadsTheIdentitySourceAndTheRequest() {
    JsonNode answer =
        call("Keys_RequestHandler", Events.bytes("authorizer-rest-request-go.json"));
    assertEquals("headerValue1", answer.get("principalId").asText());
    assertEquals("Allow", answer.at("/policyDocument/Statement/0/Effect").asText());
    assertEquals("arn:aws:execute-api:us-east-1:123456789012:s4x3opwd6i/test/GET/request",
        answer.at("/policyDocument/Statement/0/Resource").asText());
    assertEquals("{\"q\":\"queryValue1\"}", answer.get("context").toString());
  }

  @Test
  void httpApiPayload2GetsASimpleResponse() {
    JsonNode answer = call("Keys_V2Handler", Events.bytes("authorizer-http-v2-request-go.json"));
    assertEquals("{\"isAuthorized\":true,\"context\":{\"path\":\"/my/path\",\"n\":7}}",
        answer.toString());
    byte[] other = Events.edited("authorizer-http-v2-request-go.json",
        e -> e.putArray("identitySource").add("mallory"));
    assertEquals("{\"isAuthorized\":false,\"context\":{}}", call("Keys_V2Handler", other).toString());
  }

  @Test
  void anEventThatIsNoAuthorizerEventIsAFunctionError() {
    RequestStreamHandler h = handler("Keys_TokenHandler");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> h.handleRequest(new ByteArrayInputStream(Events.bytes("apigw-v2-get-no-authorizer-go.json")),
            new ByteArrayOutputStream(), new TestContext("authorizer")));
    assertTrue(e.getMessage().contains("not an API Gateway authorizer event"), e.getMessage());
  }

  @Test
  void theAdapterIsDeterministicAndGenerated() {
    Compilation compilation = Compiler.javac().withProcessors(new AuthorizerProcessor())
        .compile(Harness.source("com.acme.K", "package com.acme;",
            "import io.lambdaforge.annotations.*;",
            "import io.lambdaforge.events.auth.AuthDecision;",
            "public class K {",
            "  @LambdaAuthorizer(name = \"k\")",
            "  public static AuthDecision k(String key) { return AuthDecision.allow(key); }",
            "}"));
    String source = Harness.generatedSource(compilation, "com.acme.K_KHandler");
    assertTrue(source.contains("@Generated(\"io.lambdaforge.processor.FunctionProcessor\")"), source);
    assertTrue(source.contains("new AuthorizerHandler(\"k\", List.of(\"$request.header.Authorization\"), 300, K_KHandler::decide)"), source);
    assertTrue(!source.contains("date"), source);
    assertEquals(source, Harness.generatedSource(Compiler.javac()
        .withProcessors(new AuthorizerProcessor()).compile(Harness.source("com.acme.K",
            "package com.acme;", "import io.lambdaforge.annotations.*;",
            "import io.lambdaforge.events.auth.AuthDecision;", "public class K {",
            "  @LambdaAuthorizer(name = \"k\")",
            "  public static AuthDecision k(String key) { return AuthDecision.allow(key); }",
            "}")), "com.acme.K_KHandler"));
  }
}
