package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.processor.TestContext;
import org.junit.jupiter.api.Test;

/**
 * {@code @Claim}, {@code @AuthContext} and {@code Auth} on real sample events of every source that
 * carries them: REST (Cognito claims, Lambda authorizer context, IAM identity), HTTP API (JWT
 * claims and scopes, Lambda context, IAM), function URL (IAM). Where the place is documented
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html) but no sample holds a value,
 * the sample is edited to hold one, as API Gateway writes it: every REST Cognito claim a string,
 * {@code exp} as {@code "Fri Jul 29 18:52:53 UTC 2016"}, an array claim as {@code "[a b]"}.
 */
class AuthBindingsTest {
  private static Harness.Adapters adapters;

  private static synchronized RequestStreamHandler handler(String simpleName) {
    if (adapters == null) {
      adapters = new Harness.Adapters(Harness.compileClean(source()), "com.acme");
    }
    return adapters.handler(simpleName);
  }

  private static javax.tools.JavaFileObject source() {
    return Harness.source(
        "com.acme.Secure",
        "package com.acme;",
        "",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.events.auth.Auth;",
        "import java.time.Instant;",
        "import java.util.*;",
        "",
        "@DefaultAuthorizer(name = \"jwt\")",
        "public class Secure {",
        "  static Map<String, Object> seen(Object... pairs) {",
        "    Map<String, Object> seen = new LinkedHashMap<>();",
        "    for (int i = 0; i < pairs.length; i += 2) {",
        "      seen.put((String) pairs[i], pairs[i + 1]);",
        "    }",
        "    return seen;",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\",",
        "      path = \"/my/path\", scopes = \"scope1\"))",
        "  public static Map<String, Object> httpJwt(@Claim(\"claim1\") String c1,",
        "      @Claim(\"nope\") Optional<String> nope, Auth auth) {",
        "    return seen(\"c1\", c1, \"nope\", nope.isPresent(), \"scopes\", auth.scopes(),",
        "        \"claims\", auth.claims(), \"principal\", String.valueOf(auth.principalId()));",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\",",
        "      path = \"/my/path\", authorizer = \"keys\"))",
        "  public static Map<String, Object> httpLambda(@AuthContext(\"key\") String key, Auth auth) {",
        "    return seen(\"key\", key, \"context\", auth.context(), \"claims\", auth.claims());",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\",",
        "      path = \"/my/path\", authorizer = \"AWS_IAM\"))",
        "  public static Map<String, Object> httpIam(Auth auth) {",
        "    Auth.IamCaller iam = auth.iamCaller().orElseThrow();",
        "    return seen(\"account\", iam.accountId(), \"arn\", iam.userArn(), \"key\", iam.accessKey(),",
        "        \"caller\", iam.callerId(), \"principal\", auth.principalId());",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.FUNCTION_URL, method = \"POST\", path = \"/my/path\"))",
        "  public static Map<String, Object> urlIam(Auth auth) {",
        "    Auth.IamCaller iam = auth.iamCaller().orElseThrow();",
        "    return seen(\"account\", iam.accountId(), \"arn\", iam.userArn(), \"user\", iam.userId());",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, method = \"POST\",",
        "      path = \"/hello/world\", authorizer = \"restKeys\"))",
        "  public static Map<String, Object> restLambda(@AuthContext(\"clientId\") int clientId,",
        "      @AuthContext(\"clientName\") String name, Auth auth) {",
        "    return seen(\"clientId\", clientId, \"name\", name, \"principal\", auth.principalId(),",
        "        \"context\", auth.context());",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\",",
        "      path = \"/my/path\", authorizer = \"pool\"))",
        "  public static Map<String, Object> restCognito(@Claim(\"sub\") String sub,",
        "      @Claim(\"cognito:groups\") List<String> groups, @Claim(\"exp\") Instant exp,",
        "      @Claim(\"auth_time\") long authTime, @Claim(\"email_verified\") boolean verified, Auth auth) {",
        "    return seen(\"sub\", sub, \"groups\", groups, \"exp\", exp.toString(), \"authTime\", authTime,",
        "        \"verified\", verified, \"principal\", auth.principalId(), \"authGroups\", auth.claimList(\"cognito:groups\"));",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\",",
        "      path = \"/my/path\"))",
        "  public static Map<String, Object> httpTyped(@Claim(\"sub\") String sub,",
        "      @Claim(\"cognito:groups\") List<String> groups, @Claim(\"exp\") Instant exp,",
        "      @Claim(\"auth_time\") long authTime, @Claim(\"email_verified\") boolean verified) {",
        "    return seen(\"sub\", sub, \"groups\", groups, \"exp\", exp.toString(), \"authTime\", authTime,",
        "        \"verified\", verified);",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\",",
        "      path = \"/my/path\"))",
        "  public static String needsTenant(@Claim(\"tenant\") String tenant) {",
        "    return tenant;",
        "  }",
        "}");
  }

  @Test
  void httpApiJwtClaimsAndScopes() {
    JsonNode seen = Events.body(Events.invoke(handler("Secure_HttpJwtHandler"),
        Events.bytes("apigw-v2-cookies-jwt-authorizer-go.json")));
    assertEquals("value1", seen.get("c1").asText());
    assertEquals(false, seen.get("nope").asBoolean());
    assertEquals("[\"scope1\",\"scope2\"]", seen.get("scopes").toString());
    assertEquals("{\"claim1\":\"value1\",\"claim2\":\"value2\"}", seen.get("claims").toString());
    assertEquals("null", seen.get("principal").asText());
  }

  @Test
  void httpApiLambdaAuthorizerContext() {
    JsonNode seen = Events.body(Events.invoke(handler("Secure_HttpLambdaHandler"),
        Events.bytes("apigw-v2-cookies-lambda-authorizer-go.json")));
    assertEquals("value", seen.get("key").asText());
    assertEquals("{\"key\":\"value\"}", seen.get("context").toString());
    assertEquals("{}", seen.get("claims").toString());
  }

  @Test
  void httpApiIamCaller() {
    JsonNode seen = Events.body(Events.invoke(handler("Secure_HttpIamHandler"),
        Events.bytes("apigw-v2-cookies-iam-authorizer-go.json")));
    assertEquals("1234567890", seen.get("account").asText());
    assertEquals("arn:aws:iam::1234567890:user/Admin", seen.get("arn").asText());
    assertEquals("ARIA2ZJZYVUEREEIHAKY", seen.get("key").asText());
    assertEquals("AROA7ZJZYVRE7C3DUXHH6:CognitoIdentityCredentials", seen.get("caller").asText());
    assertEquals("arn:aws:iam::1234567890:user/Admin", seen.get("principal").asText());
  }

  @Test
  void functionUrlIamCaller() {
    JsonNode seen = Events.body(Events.invoke(handler("Secure_UrlIamHandler"),
        Events.bytes("function-url-request-iam-go.json")));
    assertEquals("111122223333", seen.get("account").asText());
    assertEquals("arn:aws:iam::111122223333:user/example-user", seen.get("arn").asText());
    assertEquals("AIDA...", seen.get("user").asText());
  }

  @Test
  void restLambdaAuthorizerContextKeepsItsTypes() {
    JsonNode seen = Events.body(Events.invoke(handler("Secure_RestLambdaHandler"),
        Events.bytes("apigw-v1-proxy-post-multivalue-go.json")));
    assertEquals(1, seen.get("clientId").asInt());
    assertEquals("Exata", seen.get("name").asText());
    assertEquals("admin", seen.get("principal").asText());
    assertEquals("{\"clientId\":1,\"clientName\":\"Exata\"}", seen.get("context").toString());
  }

  /** REST Cognito: every claim a string, exp a date text, groups "[a b]". */
  @Test
  void restCognitoClaimsAsApiGatewayWritesThem() {
    byte[] event = Events.edited("apigw-v1-docs-input-format-example.json", e -> {
      ObjectNode claims = ((ObjectNode) e.get("requestContext")).putObject("authorizer")
          .putObject("claims");
      claims.put("sub", "cdad23f0-2ad6-4dc1-993d-bbb3f6f8c707")
          .put("email_verified", "true")
          .put("auth_time", "1469814773")
          .put("exp", "Fri Jul 29 18:52:53 UTC 2016")
          .put("cognito:groups", "[admin ops]");
    });
    JsonNode seen = Events.body(Events.invoke(handler("Secure_RestCognitoHandler"), event));
    assertEquals("cdad23f0-2ad6-4dc1-993d-bbb3f6f8c707", seen.get("sub").asText());
    assertEquals("[\"admin\",\"ops\"]", seen.get("groups").toString());
    assertEquals("2016-07-29T18:52:53Z", seen.get("exp").asText());
    assertEquals(1469814773L, seen.get("authTime").asLong());
    assertTrue(seen.get("verified").asBoolean());
    assertEquals("cdad23f0-2ad6-4dc1-993d-bbb3f6f8c707", seen.get("principal").asText());
    assertEquals("[\"admin\",\"ops\"]", seen.get("authGroups").toString());
  }

  /** The same claims as JSON numbers, booleans and an array bind to the same Java values. */
  @Test
  void typedJsonClaimsBindToTheSameValues() {
    byte[] event = Events.edited("apigw-v2-cookies-jwt-authorizer-go.json", e -> {
      ObjectNode claims = (ObjectNode) e.at("/requestContext/authorizer/jwt/claims");
      claims.removeAll();
      claims.put("sub", "cdad23f0-2ad6-4dc1-993d-bbb3f6f8c707")
          .put("email_verified", true)
          .put("auth_time", 1469814773L)
          .put("exp", 1469818373L);
      claims.putArray("cognito:groups").add("admin").add("ops");
    });
    JsonNode seen = Events.body(Events.invoke(handler("Secure_HttpTypedHandler"), event));
    assertEquals("[\"admin\",\"ops\"]", seen.get("groups").toString());
    assertEquals("2016-07-29T18:52:53Z", seen.get("exp").asText());
    assertEquals(1469814773L, seen.get("authTime").asLong());
    assertTrue(seen.get("verified").asBoolean());
    byte[] texts = Events.edited("apigw-v2-cookies-jwt-authorizer-go.json", e -> {
      ObjectNode claims = (ObjectNode) e.at("/requestContext/authorizer/jwt/claims");
      claims.removeAll();
      claims.put("sub", "cdad23f0-2ad6-4dc1-993d-bbb3f6f8c707")
          .put("email_verified", "true")
          .put("auth_time", "1469814773")
          .put("exp", "1469818373")
          .put("cognito:groups", "[admin ops]");
    });
    assertEquals(seen, Events.body(Events.invoke(handler("Secure_HttpTypedHandler"), texts)));
  }

  @Test
  void aMissingRequiredClaimIsTheGatewaysForbiddenAndIsLogged() {
    TestContext context = new TestContext("needsTenant");
    JsonNode response = Events.invoke(handler("Secure_NeedsTenantHandler"),
        Events.bytes("apigw-v2-cookies-jwt-authorizer-go.json"), context);
    assertEquals(403, response.get("statusCode").asInt());
    assertEquals("{\"message\":\"Forbidden\"}", response.get("body").asText());
    assertTrue(context.log().contains("answered 403") && context.log().contains("'tenant'"),
        context.log());
  }
}
