package io.lambdaforge.local.family.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.auth.Authorizers;
import io.lambdaforge.local.auth.TokenMinter;
import io.lambdaforge.local.auth.TrustedKeys;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.invoke.Isolation;
import io.lambdaforge.local.invoke.LocalFunction;
import io.lambdaforge.local.server.LocalGateway;
import io.lambdaforge.local.server.LocalRoute;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Local enforcement of declared authorization, through the gateway {@code serve} and {@code
 * LocalLambda} use, with the gateways' documented answers: HTTP API JWT authorizers (valid, expired,
 * wrong audience, missing scope), REST Cognito authorizers, IAM (signed and unsigned) on both APIs,
 * and Lambda authorizers (allow, deny, cache) on REST TOKEN/REQUEST and HTTP API payload 2.0.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 */
class RouteAuthorizationTest {
  static final String ISSUER = "https://auth.example.com";
  static final String POOL = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Pool01";
  static final Instant START = Instant.parse("2026-12-01T03:00:00Z");
  static final AtomicReference<Instant> NOW = new AtomicReference<>(START);
  static final Map<String, String> ENV = Map.of("AWS_ACCESS_KEY_ID", "AKIDLOCAL", "AWS_SECRET_ACCESS_KEY", "s3cr3t");

  static RSAKey key;
  static LocalApp app;
  static LocalFunction authorizerFunction;
  static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

  @BeforeAll
  static void setUp() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("local-test").generate();
    app = LocalApp.fromClassLoader(RouteAuthorizationTest.class.getClassLoader(), System.err);
    authorizerFunction = LocalFunction.load("apiKeys", "io.lambdaforge.local.fixture.ApiKeyAuthorizer::handleRequest",
        256, 5, Map.of(), Isolation.none(RouteAuthorizationTest.class.getClassLoader()), 2, System.err);
  }

  @AfterAll
  static void tearDown() {
    app.close();
  }

  static Authorizers authorizers() {
    List<AuthorizerSpec> specs = List.of(
        AuthorizerSpec.jwt("Orders", ISSUER, List.of("orders-api"), null),
        AuthorizerSpec.cognito("Pool", POOL, null),
        AuthorizerSpec.lambda("Keys", AuthorizerKind.LAMBDA_TOKEN, "$request.header.x-api-key", "apiKeys", 300),
        AuthorizerSpec.lambda("KeysNoCache", AuthorizerKind.LAMBDA_TOKEN, "$request.header.x-api-key", "apiKeys", 0),
        AuthorizerSpec.lambda("Req", AuthorizerKind.LAMBDA_REQUEST, "$request.header.x-api-key", "apiKeys", 60));
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override public Instant instant() {
        return NOW.get();
      }
    };
    return new Authorizers(specs, TrustedKeys.of(List.of(key)), name -> authorizerFunction, ENV::get, clock,
        new PrintStream(LOG, true, StandardCharsets.UTF_8), "us-east-1");
  }

  static LocalGateway gateway(Authorizers authorizers, Source source, RouteAuth auth) {
    LocalRoute route = new LocalRoute(source, "GET", "/orders/{id}", false, app.load("echo"), "", auth);
    return new LocalGateway(List.of(route), Optional.empty(), Json.copy(), Optional.empty(), authorizers);
  }

  static GatewayResponse get(LocalGateway gateway, List<Map.Entry<String, String>> headers) {
    List<Map.Entry<String, String>> all = new ArrayList<>(List.of(Map.entry("Host", "127.0.0.1:3000")));
    all.addAll(headers);
    return gateway.handle(new LocalRequest("GET", "/orders/7", "", all, new byte[0], "127.0.0.1"), "127.0.0.1:3000")
        .response();
  }

  static String body(GatewayResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  static JsonNode event(GatewayResponse response) throws Exception {
    assertEquals(200, response.status(), body(response));
    return Json.reader().readTree(response.body()).path("event");
  }

  static String header(GatewayResponse response, String name) {
    return response.headers().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }

  static String bearer(TokenMinter.Spec spec) {
    return "Bearer " + TokenMinter.mint(key, spec, NOW.get().minusSeconds(10));
  }

  static TokenMinter.Spec alice(String... scopes) {
    return TokenMinter.Spec.of(ISSUER, List.of("orders-api"), "alice", List.of(scopes))
        .withClaims(Map.of("tenant", "acme", "groups", List.of("admin", "ops"), "level", 3));
  }

  // ---- HTTP API JWT authorizer ----

  @Test
  void aValidTokenReachesTheFunctionWithItsClaimsAndScopes() throws Exception {
    LocalGateway gateway = gateway(authorizers(), Source.API_GATEWAY_HTTP, RouteAuth.of("Orders", "orders:read"));
    JsonNode jwt = event(get(gateway, List.of(Map.entry("Authorization", bearer(alice("orders:read"))))))
        .path("requestContext").path("authorizer").path("jwt");
    assertEquals("alice", jwt.path("claims").path("sub").asText());
    assertEquals("acme", jwt.path("claims").path("tenant").asText());
    // every claim a string, as the HTTP API delivers them
    assertEquals("[admin ops]", jwt.path("claims").path("groups").asText());
    assertEquals("3", jwt.path("claims").path("level").textValue());
    assertEquals(String.valueOf(NOW.get().minusSeconds(10).plusSeconds(3600).getEpochSecond()),
        jwt.path("claims").path("exp").textValue());
    assertEquals("orders:read", jwt.path("scopes").path(0).asText());
  }

  @Test
  void anExpiredTokenIs401() {
    LocalGateway gateway = gateway(authorizers(), Source.API_GATEWAY_HTTP, RouteAuth.of("Orders"));
    String token = bearer(alice().withLifetime(Duration.ofSeconds(5)));
    GatewayResponse response = get(gateway, List.of(Map.entry("Authorization", token)));
    assertEquals(401, response.status());
    assertEquals("{\"message\":\"Unauthorized\"}", body(response));
    assertTrue(header(response, "www-authenticate").contains("error=\"invalid_token\""));
    assertTrue(header(response, "www-authenticate").contains("expired"));
  }

  @Test
  void aTokenForAnotherAudienceIs401() {
    LocalGateway gateway = gateway(authorizers(), Source.API_GATEWAY_HTTP, RouteAuth.of("Orders"));
    String token = bearer(TokenMinter.Spec.of(ISSUER, List.of("billing-api"), "alice", List.of()));
    GatewayResponse response = get(gateway, List.of(Map.entry("Authorization", token)));
    assertEquals(401, response.status());
    assertEquals("{\"message\":\"Unauthorized\"}", body(response));
    assertTrue(header(response, "www-authenticate").contains("valid audience"));
  }

  @Test
  void aTokenWithoutTheRoutesScopeIs403() {
    LocalGateway gateway = gateway(authorizers(), Source.API_GATEWAY_HTTP, RouteAuth.of("Orders", "orders:write"));
    GatewayResponse response = get(gateway, List.of(Map.entry("Authorization", bearer(alice("orders:read")))));
    assertEquals(403, response.status());
    assertEquals("{\"message\":\"Forbidden\"}", body(response));
    assertTrue(header(response, "www-authenticate").contains("error=\"insufficient_scope\""));
  }

  @Test
  void noTokenOrAnUntrustedOneIs401() throws Exception {
    LocalGateway gateway = gateway(authorizers(), Source.API_GATEWAY_HTTP, RouteAuth.of("Orders"));
    assertEquals(401, get(gateway, List.of()).status());
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("local-test").generate();
    String forged = "Bearer " + TokenMinter.mint(stranger, alice(), NOW.get());
    assertEquals(401, get(gateway, List.of(Map.entry("Authorization", forged))).status());
  }

  // ---- REST Cognito authorizer ----

  @Test
  void aCognitoIdTokenPassesWithStringClaimsAndDates() throws Exception {
    LocalGateway gateway = gateway(authorizers(), Source.API_GATEWAY_REST, RouteAuth.of("Pool"));
    String issuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool01";
    TokenMinter.Spec id = TokenMinter.Spec.of(issuer, List.of("app-client"), "bob", List.of())
        .withCognito("id", "app-client").withClaims(Map.of("cognito:groups", List.of("admins")));
    JsonNode claims = event(get(gateway, List.of(Map.entry("Authorization", bearer(id)))))
        .path("requestContext").path("authorizer").path("claims");
    assertEquals("bob", claims.path("sub").asText());
    assertEquals("[admins]", claims.path("cognito:groups").asText());
    Instant exp = NOW.get().minusSeconds(10).plusSeconds(3600);
    assertEquals(DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", java.util.Locale.ENGLISH)
        .withZone(ZoneOffset.UTC).format(exp), claims.path("exp").asText());
    // an access token on a method without scopes, and no token: 401 UnauthorizedException
    TokenMinter.Spec access = TokenMinter.Spec.of(issuer, List.of(), "bob", List.of("orders/read"))
        .withCognito("access", "app-client");
    GatewayResponse refused = get(gateway, List.of(Map.entry("Authorization", bearer(access))));
    assertEquals(401, refused.status());
    assertEquals("{\"message\":\"Unauthorized\"}", body(refused));
    assertEquals("UnauthorizedException", header(refused, "x-amzn-ErrorType"));
    assertEquals(401, get(gateway, List.of()).status());
  }

  // ---- IAM ----

  static List<Map.Entry<String, String>> signed(String method, String path, String secret) {
    String amzDate = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(NOW.get());
    List<Map.Entry<String, String>> headers = List.of(Map.entry("Host", "127.0.0.1:3000"),
        Map.entry("X-Amz-Date", amzDate));
    String canonical = SigV4.canonicalRequest(method, path, "", headers, List.of("host", "x-amz-date"),
        SigV4.hex(SigV4.sha256(new byte[0])));
    String signature = SigV4.signature(secret, amzDate.substring(0, 8), "us-east-1", "execute-api", amzDate,
        canonical);
    return List.of(Map.entry("X-Amz-Date", amzDate), Map.entry("Authorization", SigV4.ALGORITHM + " Credential=AKIDLOCAL/"
        + amzDate.substring(0, 8) + "/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature="
        + signature));
  }

  @Test
  void iamOnAnHttpApiRouteNeedsASignatureAndGivesTheCaller() throws Exception {
    LocalGateway gateway = gateway(authorizers(), Source.API_GATEWAY_HTTP, RouteAuth.IAM);
    JsonNode iam = event(get(gateway, signed("GET", "/orders/7", "s3cr3t")))
        .path("requestContext").path("authorizer").path("iam");
    assertEquals("AKIDLOCAL", iam.path("accessKey").asText());
    assertEquals("123456789012", iam.path("accountId").asText());
    GatewayResponse unsigned = get(gateway, List.of());
    assertEquals(403, unsigned.status());
    assertEquals("{\"message\":\"Forbidden\"}", body(unsigned));
    assertEquals(403, get(gateway, signed("GET", "/orders/7", "wrong")).status());
  }

  @Test
  void iamOnARestRouteAnswersAsTheRestApi() throws Exception {
    LocalGateway gateway = gateway(authorizers(), Source.API_GATEWAY_REST, RouteAuth.IAM);
    JsonNode identity = event(get(gateway, signed("GET", "/orders/7", "s3cr3t"))).path("requestContext")
        .path("identity");
    assertEquals("AKIDLOCAL", identity.path("accessKey").asText());
    assertEquals("arn:aws:iam::123456789012:user/local", identity.path("userArn").asText());
    GatewayResponse unsigned = get(gateway, List.of());
    assertEquals(403, unsigned.status());
    assertEquals("{\"message\":\"Missing Authentication Token\"}", body(unsigned));
    assertEquals("MissingAuthenticationTokenException", header(unsigned, "x-amzn-ErrorType"));
    GatewayResponse bad = get(gateway, signed("GET", "/orders/7", "wrong"));
    assertEquals(403, bad.status());
    assertTrue(body(bad).contains("The request signature we calculated does not match"), body(bad));
  }

  // ---- Lambda authorizers ----

  @Test
  void aTokenAuthorizerAllowsWithItsContextAndDeniesExplicitlyOrImplicitly() throws Exception {
    LocalGateway gateway = gateway(authorizers(), Source.API_GATEWAY_REST, RouteAuth.of("KeysNoCache"));
    JsonNode authorizer = event(get(gateway, List.of(Map.entry("x-api-key", "allow-acme"))))
        .path("requestContext").path("authorizer");
    assertEquals("key-allow-acme", authorizer.path("principalId").asText());
    assertEquals("acme", authorizer.path("tenant").asText());
    assertEquals(2, authorizer.path("tier").asInt());
    GatewayResponse deny = get(gateway, List.of(Map.entry("x-api-key", "deny")));
    assertEquals(403, deny.status());
    assertEquals("{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}", body(deny));
    assertEquals("AccessDeniedException", header(deny, "x-amzn-ErrorType"));
    GatewayResponse implicit = get(gateway, List.of(Map.entry("x-api-key", "elsewhere")));
    assertEquals(403, implicit.status());
    assertEquals("{\"Message\":\"User is not authorized to access this resource\"}", body(implicit));
    GatewayResponse unauthorized = get(gateway, List.of(Map.entry("x-api-key", "unauthorized")));
    assertEquals(401, unauthorized.status());
    assertEquals("{\"message\":\"Unauthorized\"}", body(unauthorized));
    GatewayResponse broken = get(gateway, List.of(Map.entry("x-api-key", "broken")));
    assertEquals(500, broken.status());
    assertEquals("{\"message\":null}", body(broken));
    // no identity source: 401 without invoking the authorizer
    Authorizers counted = authorizers();
    assertEquals(401, get(gateway(counted, Source.API_GATEWAY_REST, RouteAuth.of("Keys")), List.of()).status());
    assertEquals(0, counted.invocations("Keys"));
  }

  @Test
  void answersAreCachedPerIdentityForTheTtl() throws Exception {
    Authorizers authorizers = authorizers();
    LocalGateway gateway = gateway(authorizers, Source.API_GATEWAY_REST, RouteAuth.of("Keys"));
    event(get(gateway, List.of(Map.entry("x-api-key", "allow-acme"))));
    event(get(gateway, List.of(Map.entry("x-api-key", "allow-acme"))));
    assertEquals(1, authorizers.invocations("Keys"), "the second request is answered from the cache");
    assertEquals(403, get(gateway, List.of(Map.entry("x-api-key", "deny"))).status());
    assertEquals(403, get(gateway, List.of(Map.entry("x-api-key", "deny"))).status());
    assertEquals(2, authorizers.invocations("Keys"), "a denial is cached too, under its own key");
    NOW.set(START.plusSeconds(301));
    try {
      event(get(gateway, List.of(Map.entry("x-api-key", "allow-acme"))));
      assertEquals(3, authorizers.invocations("Keys"), "past the TTL the authorizer runs again");
    } finally {
      NOW.set(START);
    }
    Authorizers uncached = authorizers();
    LocalGateway noCache = gateway(uncached, Source.API_GATEWAY_REST, RouteAuth.of("KeysNoCache"));
    event(get(noCache, List.of(Map.entry("x-api-key", "allow-acme"))));
    event(get(noCache, List.of(Map.entry("x-api-key", "allow-acme"))));
    assertEquals(2, uncached.invocations("KeysNoCache"), "TTL 0 caches nothing");
  }

  @Test
  void aRequestAuthorizerGetsTheRequestAndOnAnHttpApiAnswersSimply() throws Exception {
    LocalGateway rest = gateway(authorizers(), Source.API_GATEWAY_REST, RouteAuth.of("Req"));
    assertEquals("acme", event(get(rest, List.of(Map.entry("x-api-key", "allow-acme"))))
        .path("requestContext").path("authorizer").path("tenant").asText());
    LocalGateway http = gateway(authorizers(), Source.API_GATEWAY_HTTP, RouteAuth.of("Req"));
    JsonNode lambda = event(get(http, List.of(Map.entry("x-api-key", "allow-acme"))))
        .path("requestContext").path("authorizer").path("lambda");
    assertEquals("acme", lambda.path("tenant").asText());
    assertTrue(lambda.path("vip").asBoolean());
    GatewayResponse denied = get(http, List.of(Map.entry("x-api-key", "deny")));
    assertEquals(403, denied.status());
    assertEquals("{\"message\":\"Forbidden\"}", body(denied));
    assertEquals(401, get(http, List.of()).status());
  }

  @Test
  void theAuthorizerEventsFollowTheContracts() {
    RouteAuthorizer rest = new RouteAuthorizer(Source.API_GATEWAY_REST);
    LocalRequest request = new LocalRequest("GET", "/orders/7", "a=1", List.of(Map.entry("x-api-key", "k1")),
        new byte[0], "127.0.0.1");
    EventFactory.Route route = new EventFactory.Route("GET", "/orders/{id}", Map.of("id", "7"));
    String arn = rest.arn("GET", "/orders/7", "us-east-1");
    assertEquals("arn:aws:execute-api:us-east-1:123456789012:local/local/GET/orders/7", arn);
    AuthorizerSpec token = AuthorizerSpec.lambda("T", AuthorizerKind.LAMBDA_TOKEN, "$request.header.x-api-key", "f", 0);
    JsonNode tokenEvent = rest.authorizerEvent(token, route, request, "h", List.of("k1"), arn);
    assertEquals("{\"type\":\"TOKEN\",\"authorizationToken\":\"k1\",\"methodArn\":\"" + arn + "\"}",
        tokenEvent.toString());
    AuthorizerSpec req = AuthorizerSpec.lambda("R", AuthorizerKind.LAMBDA_REQUEST, "$request.header.x-api-key", "f", 0);
    JsonNode requestEvent = rest.authorizerEvent(req, route, request, "h", List.of("k1"), arn);
    assertEquals("REQUEST", requestEvent.path("type").asText());
    assertEquals(arn, requestEvent.path("methodArn").asText());
    assertEquals("/orders/{id}", requestEvent.path("resource").asText());
    assertEquals("7", requestEvent.path("pathParameters").path("id").asText());
    assertEquals("1", requestEvent.path("queryStringParameters").path("a").asText());
    assertTrue(!requestEvent.has("body"));
    RouteAuthorizer http = new RouteAuthorizer(Source.API_GATEWAY_HTTP);
    String routeArn = http.arn("GET", "/orders/7", "us-east-1");
    assertEquals("arn:aws:execute-api:us-east-1:123456789012:local/$default/GET/orders/7", routeArn);
    JsonNode v2 = http.authorizerEvent(req, route, request, "h", List.of("k1"), routeArn);
    assertEquals("2.0", v2.path("version").asText());
    assertEquals("REQUEST", v2.path("type").asText());
    assertEquals(routeArn, v2.path("routeArn").asText());
    assertEquals("k1", v2.path("identitySource").path(0).asText());
    assertEquals("GET /orders/{id}", v2.path("routeKey").asText());
    assertEquals("k1", v2.path("headers").path("x-api-key").asText());
  }
}
