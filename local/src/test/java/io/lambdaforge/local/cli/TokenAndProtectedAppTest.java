package io.lambdaforge.local.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.auth.JwtVerifier;
import io.lambdaforge.local.auth.LocalSigningKey;
import io.lambdaforge.local.auth.TrustedKeys;
import io.lambdaforge.local.fixture.EchoHandler;
import io.lambdaforge.local.testing.HttpResult;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token command and a protected application end to end: the fixture descriptor with a JWT
 * authorizer on two HTTP API routes and a Lambda TOKEN authorizer (a function of the app) on the REST
 * route; {@code token} mints what the authorizer accepts, {@code events} samples carry the claims,
 * and {@code LocalLambda} enforces and mints.
 */
class TokenAndProtectedAppTest {
  static final String ISSUER = "https://auth.example.com";

  @TempDir
  static Path dir;
  static Path classpath;

  @BeforeAll
  static void protectedFixture() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root;
    try (InputStream in = EchoHandler.class.getResourceAsStream("/META-INF/lambdaforge/functions.json")) {
      root = (ObjectNode) json.readTree(in);
    }
    ArrayNode authorizers = root.putArray("authorizers");
    authorizers.addObject().put("name", "Keys").put("kind", "LAMBDA_TOKEN")
        .put("identitySource", "$request.header.x-api-key").put("functionName", "apiKeys")
        .put("resultTtlSeconds", 300);
    ObjectNode jwt = authorizers.addObject().put("name", "Orders").put("kind", "JWT").put("issuer", ISSUER)
        .put("identitySource", "$request.header.Authorization");
    jwt.putArray("audience").add("orders-api");
    ArrayNode functions = (ArrayNode) root.get("functions");
    for (JsonNode f : functions) {
      if (!f.path("name").asText().equals("echo")) {
        continue;
      }
      for (JsonNode t : f.get("triggers")) {
        String path = t.path("path").asText();
        if (path.equals("/binary") || path.equals("/echo/{id}")) {
          ((ObjectNode) t).putObject("auth").put("authorizer", "Orders").putArray("scopes").add("orders:read");
        } else if (path.equals("/rest/{proxy+}")) {
          ((ObjectNode) t).putObject("auth").put("authorizer", "Keys").putArray("scopes");
        }
      }
    }
    ObjectNode keys = ((ObjectNode) functions.get(functions.size() - 1)).deepCopy();
    keys.put("name", "apiKeys").put("logicalId", "ApiKeysFunction")
        .put("handler", "io.lambdaforge.local.fixture.ApiKeyAuthorizer::handleRequest");
    keys.putArray("triggers");
    functions.add(keys);
    classpath = dir.resolve("app");
    Path descriptor = classpath.resolve("META-INF/lambdaforge/functions.json");
    Files.createDirectories(descriptor.getParent());
    json.writerWithDefaultPrettyPrinter().writeValue(descriptor.toFile(), root);
  }

  @Test
  void tokenMintsWhatTheAuthorizerAccepts() throws Exception {
    Path keyFile = dir.resolve("home/local-signing-key.json");
    Cli.Result result = Cli.run("token", "--classpath", classpath.toString(), "--sub", "alice",
        "--scope", "orders:read", "--claim", "tenant=acme", "--claim", "level=3", "--key", keyFile.toString());
    assertEquals(0, result.code(), result.toString());
    String token = result.out().strip();
    assertTrue(result.err().contains("iss " + ISSUER), result.err());
    RSAKey key = LocalSigningKey.loadOrCreate(keyFile);
    JwtVerifier.Valid valid = assertInstanceOf(JwtVerifier.Valid.class, JwtVerifier.verify("Bearer " + token,
        TrustedKeys.of(List.of(key)), new JwtVerifier.Expectation(JwtVerifier.Rules.HTTP_API_JWT, ISSUER,
            List.of("orders-api"), List.of("orders:read")), Instant.now()));
    assertEquals("alice", valid.claims().get("sub"));
    assertEquals("acme", valid.claims().get("tenant"));
    assertEquals(3L, ((Number) valid.claims().get("level")).longValue());
    // expired on request
    Cli.Result expired = Cli.run("token", "--issuer", ISSUER, "--audience", "orders-api", "--sub", "alice",
        "--expires-in", "-60", "--key", keyFile.toString());
    assertInstanceOf(JwtVerifier.Refused.class, JwtVerifier.verify(expired.out().strip(),
        TrustedKeys.of(List.of(key)), new JwtVerifier.Expectation(JwtVerifier.Rules.HTTP_API_JWT, ISSUER,
            List.of("orders-api"), List.of()), Instant.now()));
  }

  @Test
  void tokenExplainsWhatItNeeds() {
    Cli.Result none = Cli.run("token", "--sub", "alice");
    assertEquals(ExitCodes.USAGE, none.code(), none.toString());
    assertTrue(none.err().contains("--classpath"), none.err());
    Cli.Result unknown = Cli.run("token", "--classpath", classpath.toString(), "--authorizer", "Nope", "--sub", "a",
        "--key", dir.resolve("k.json").toString());
    assertEquals(ExitCodes.APP, unknown.code(), unknown.toString());
    assertTrue(unknown.err().contains("the application has: Orders"), unknown.err());
  }

  @Test
  void eventsSamplesCarryTheAuthorizersOutput() throws Exception {
    Cli.Result result = Cli.run("events", "--classpath", classpath.toString(), "--function", "echo", "--source",
        "API_GATEWAY_HTTP");
    assertEquals(0, result.code(), result.toString());
    JsonNode jwt = new ObjectMapper().readTree(result.out()).path("requestContext").path("authorizer").path("jwt");
    assertEquals("sample-user", jwt.path("claims").path("sub").asText());
    assertEquals(ISSUER, jwt.path("claims").path("iss").asText());
    assertEquals("orders:read", jwt.path("scopes").path(0).asText());
    Cli.Result rest = Cli.run("events", "--classpath", classpath.toString(), "--function", "echo", "--source",
        "API_GATEWAY_REST");
    assertEquals("sample-user",
        new ObjectMapper().readTree(rest.out()).path("requestContext").path("authorizer").path("principalId").asText());
  }

  @Test
  void serveEnforcesWithJwksKeysAndShowsTheAuthColumn() throws Exception {
    RSAKey idp = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("idp-1").generate();
    Path jwks = dir.resolve("jwks.json");
    Files.writeString(jwks, "{\"keys\":[" + idp.toPublicJWK().toJSONString() + "]}");
    java.util.concurrent.CompletableFuture<Integer> port = new java.util.concurrent.CompletableFuture<>();
    java.util.concurrent.CountDownLatch stop = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CompletableFuture<Cli.Result> run = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> Cli.run(new byte[0], server -> {
          port.complete(server.address().getPort());
          stop.await();
        }, "serve", "--classpath", classpath + java.io.File.pathSeparator + Cli.FIXTURE_CLASSPATH, "--port", "0",
            "--no-lambda", "--jwks", jwks.toString(), "--no-local-key"));
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    try {
      int bound = port.get(60, java.util.concurrent.TimeUnit.SECONDS);
      java.net.URI uri = java.net.URI.create("http://127.0.0.1:" + bound + "/echo/9");
      java.net.http.HttpResponse<String> anonymous = client.send(java.net.http.HttpRequest.newBuilder(uri).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(401, anonymous.statusCode());
      assertEquals("{\"message\":\"Unauthorized\"}", anonymous.body());
      String token = io.lambdaforge.local.auth.TokenMinter.mint(idp, io.lambdaforge.local.auth.TokenMinter.Spec.of(
          ISSUER, List.of("orders-api"), "alice", List.of("orders:read")), Instant.now());
      java.net.http.HttpResponse<String> ok = client.send(java.net.http.HttpRequest.newBuilder(uri)
          .header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ok.statusCode(), ok.body());
      assertTrue(ok.body().contains("\"sub\":\"alice\""), ok.body());
    } finally {
      stop.countDown();
    }
    Cli.Result result = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(0, result.code(), result.toString());
    assertTrue(result.out().lines().anyMatch(l -> l.matches("\\s+API_GATEWAY_HTTP\\s+ANY\\s+/echo/\\{id}\\s+echo\\s+256 MB"
        + "\\s+5 s\\s+Orders \\(orders:read\\)")), result.out());
    assertTrue(result.out().contains("Authorizer Orders (JWT) trusts no local key and 1 --jwks file(s)"),
        result.out());
    assertTrue(result.err().contains("401 (authorizer Orders) the request has no token"), result.err());
  }

  @Test
  void localLambdaEnforcesAndMints() throws Exception {
    // this descriptor, not the fixture's one the parent also sees
    ClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, getClass().getClassLoader()) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
        return name.equals(io.lambdaforge.local.app.LocalApp.DESCRIPTOR) ? findResources(name) : super.getResources(name);
      }
    };
    try (LocalLambda app = LocalLambda.builder().classLoader(loader).build()) {
      HttpResult anonymous = app.request(Source.API_GATEWAY_HTTP, Request.get("/echo/1"));
      assertEquals(401, anonymous.status());
      assertEquals("{\"message\":\"Unauthorized\"}", anonymous.bodyString());
      HttpResult noScope = app.request(Source.API_GATEWAY_HTTP, Request.get("/echo/1").bearer(app.token("alice")));
      assertEquals(403, noScope.status());
      HttpResult ok = app.request(Source.API_GATEWAY_HTTP, Request.get("/echo/1")
          .bearer(app.token("alice", List.of("orders:read"), Map.of("tenant", "acme"))));
      assertEquals(200, ok.status(), ok.bodyString());
      JsonNode claims = ok.bodyJson().path("event").path("requestContext").path("authorizer").path("jwt")
          .path("claims");
      assertEquals("acme", claims.path("tenant").asText());
      // the REST route's Lambda authorizer, a function of the app, with its cache
      HttpResult allowed = app.request(Source.API_GATEWAY_REST, Request.get("/rest/a").header("x-api-key", "allow-acme"));
      assertEquals(200, allowed.status(), allowed.bodyString());
      assertEquals("acme", allowed.bodyJson().path("event").path("requestContext").path("authorizer").path("tenant")
          .asText());
      app.request(Source.API_GATEWAY_REST, Request.get("/rest/b").header("x-api-key", "allow-acme"));
      assertEquals(1, app.authorizerInvocations("Keys"));
      assertEquals(403, app.request(Source.API_GATEWAY_REST, Request.get("/rest/a").header("x-api-key", "deny"))
          .status());
      assertEquals(Optional.of("sample-user"), Optional.of(app.sampleEvent("echo", Source.API_GATEWAY_HTTP)
          .path("requestContext").path("authorizer").path("jwt").path("claims").path("sub").asText()));
    }
  }
}
