package io.lambdaforge.descriptor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The authorizer part of the model: {@link AuthorizerSpec}, {@link RouteAuth}, their checks. */
class AuthorizerModelTest {
  static final String POOL = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123";

  private static void rejects(String fragment, Runnable r) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  static AuthorizerSpec jwt() {
    return AuthorizerSpec.jwt("orders", "https://issuer.example.com", List.of("api"), null);
  }

  static AuthorizerSpec keys() {
    return AuthorizerSpec.lambda("apiKeys", AuthorizerKind.LAMBDA_REQUEST,
        "$request.header.x-api-key", "checkKey", 300);
  }

  private static FunctionSpec fn(String name, TriggerSpec... triggers) {
    FunctionSpec.Builder b = FunctionSpec.builder(name, "a.B::handleRequest");
    for (TriggerSpec t : triggers) {
      b.trigger(t);
    }
    return b.build();
  }

  @Test
  void eachKindKeepsItsFieldsAndDefaultsItsIdentitySource() {
    AuthorizerSpec jwt = jwt();
    assertEquals("$request.header.Authorization", jwt.identitySource());
    assertNull(jwt.userPoolArn());
    assertNull(jwt.functionName());
    AuthorizerSpec cognito = AuthorizerSpec.cognito("pool", POOL, "");
    assertEquals("Authorization", cognito.identitySource());
    assertEquals(List.of(), cognito.audience());
    AuthorizerSpec keys = keys();
    assertEquals(List.of("$request.header.x-api-key"), keys.identitySources());
    assertEquals(300, keys.resultTtlSeconds());
    assertEquals(List.of("$request.header.a", "$request.querystring.b"),
        AuthorizerSpec.lambda("r", AuthorizerKind.LAMBDA_REQUEST,
            "$request.header.a, $request.querystring.b", "f", 0).identitySources());
  }

  @Test
  void eachKindRejectsWhatItCannotHave() {
    rejects("needs an issuer", () -> AuthorizerSpec.jwt("a", " ", List.of("x"), null));
    rejects("at least one non-blank audience",
        () -> AuthorizerSpec.jwt("a", "https://i", List.of(), null));
    rejects("needs a user pool ARN", () -> AuthorizerSpec.cognito("a", "pool-1", null));
    rejects("header name", () -> AuthorizerSpec.cognito("a", POOL, "$request.header.A"));
    rejects("needs the name of its function", () -> AuthorizerSpec.lambda(
        "a", AuthorizerKind.LAMBDA_TOKEN, null, "", 0));
    rejects("resultTtlSeconds must be 0..3600, got 3601", () -> AuthorizerSpec.lambda(
        "a", AuthorizerKind.LAMBDA_REQUEST, null, "f", 3601));
    rejects("exactly one header", () -> AuthorizerSpec.lambda(
        "a", AuthorizerKind.LAMBDA_TOKEN, "$request.querystring.key", "f", 0));
    rejects("exactly one header", () -> AuthorizerSpec.lambda(
        "a", AuthorizerKind.LAMBDA_TOKEN, "$request.header.a,$request.header.b", "f", 0));
    rejects("comma-separated list", () -> AuthorizerSpec.lambda(
        "a", AuthorizerKind.LAMBDA_REQUEST, "Authorization", "f", 0));
    rejects("only JWT authorizers have an issuer", () -> new AuthorizerSpec(
        "a", AuthorizerKind.COGNITO, "https://i", List.of(), POOL, null, null, 0));
    rejects("only Lambda authorizers have a function", () -> new AuthorizerSpec(
        "a", AuthorizerKind.JWT, "https://i", List.of("x"), null, null, null, 60));
    rejects("not a Lambda authorizer kind",
        () -> AuthorizerSpec.lambda("a", AuthorizerKind.JWT, null, "f", 0));
    rejects("[A-Za-z0-9]", () -> AuthorizerSpec.jwt("my-auth", "https://i", List.of("x"), null));
    rejects("not AWS_IAM", () -> AuthorizerSpec.jwt("AWS_IAM", "https://i", List.of("x"), null));
  }

  @Test
  void routeAuthNormalisesAndChecksScopes() {
    assertEquals(RouteAuth.NONE, new RouteAuth(null, null));
    assertFalse(RouteAuth.NONE.isProtected());
    assertTrue(RouteAuth.IAM.isIam());
    assertEquals(List.of("orders:read"), RouteAuth.of("orders", "orders:read").scopes());
    rejects("need an authorizer", () -> RouteAuth.of("", "orders:read"));
    rejects("not AWS_IAM", () -> RouteAuth.of("AWS_IAM", "orders:read"));
    rejects("RFC 6749", () -> RouteAuth.of("orders", "two words"));
  }

  @Test
  void triggersKeepTheFiveArgumentConstructorAndTakeAuthOnlyOnApiGatewayRoutes() {
    TriggerSpec plain = new TriggerSpec(TriggerSource.API_GATEWAY_HTTP, "GET", "/a", 0, false);
    assertEquals(RouteAuth.NONE, plain.auth());
    assertEquals(plain, TriggerSpec.httpApi("GET", "/a").withAuth(null));
    TriggerSpec iam = TriggerSpec.restApi("GET", "/a").withAuth(RouteAuth.IAM);
    assertEquals(RouteAuth.IAM, iam.auth());
    rejects("FUNCTION_URL trigger cannot have an authorizer",
        () -> TriggerSpec.functionUrl("GET", "/a").withAuth(RouteAuth.IAM));
    rejects("ALB trigger cannot have an authorizer",
        () -> TriggerSpec.alb("GET", "/a", 1, false).withAuth(RouteAuth.of("orders")));
    rejects("SDK trigger cannot have an authorizer",
        () -> TriggerSpec.sdk().withAuth(RouteAuth.of("orders")));
  }

  @Test
  void applicationChecksRoutesAgainstItsAuthorizers() {
    FunctionSpec get = fn("get",
        TriggerSpec.httpApi("GET", "/orders").withAuth(RouteAuth.of("orders", "orders:read")),
        TriggerSpec.httpApi("POST", "/orders").withAuth(RouteAuth.of("apiKeys")),
        TriggerSpec.restApi("GET", "/orders").withAuth(RouteAuth.of("pool", "email")),
        TriggerSpec.restApi("DELETE", "/orders").withAuth(RouteAuth.IAM));
    AuthorizerSpec pool = AuthorizerSpec.cognito("pool", POOL, null);
    Application app = Application.of(List.of(get, fn("checkKey")), List.of(pool, keys(), jwt()));
    assertEquals(List.of("apiKeys", "orders", "pool"),
        app.authorizers().stream().map(AuthorizerSpec::name).toList());
    assertEquals(pool, app.authorizer("pool").orElseThrow());
    assertEquals(List.of(), Application.of(List.of()).authorizers());

    rejects("duplicate authorizer name 'orders'",
        () -> Application.of(List.of(), List.of(jwt(), jwt())));
    rejects("unknown authorizer 'orders'; declared: [pool]",
        () -> Application.of(List.of(get, fn("checkKey")), List.of(pool)));
    rejects("its function 'checkKey' is not a function of the application",
        () -> Application.of(List.of(), List.of(keys())));
    rejects("a JWT authorizer ('orders') cannot protect a API_GATEWAY_REST route",
        () -> Application.of(List.of(fn("f",
            TriggerSpec.restApi("GET", "/a").withAuth(RouteAuth.of("orders")))), List.of(jwt())));
    rejects("a COGNITO authorizer ('pool') cannot protect a API_GATEWAY_HTTP route",
        () -> Application.of(List.of(fn("f",
            TriggerSpec.httpApi("GET", "/a").withAuth(RouteAuth.of("pool")))), List.of(pool)));
    AuthorizerSpec token = AuthorizerSpec.lambda(
        "tok", AuthorizerKind.LAMBDA_TOKEN, null, "checkKey", 0);
    rejects("a LAMBDA_TOKEN authorizer ('tok') cannot protect a API_GATEWAY_HTTP route",
        () -> Application.of(List.of(fn("checkKey"), fn("f",
            TriggerSpec.httpApi("GET", "/a").withAuth(RouteAuth.of("tok")))), List.of(token)));
    rejects("scopes [x] need a JWT or Cognito authorizer; 'apiKeys' is LAMBDA_REQUEST",
        () -> Application.of(List.of(fn("checkKey"), fn("f",
            TriggerSpec.httpApi("GET", "/a").withAuth(RouteAuth.of("apiKeys", "x")))), List.of(keys())));
  }
}
