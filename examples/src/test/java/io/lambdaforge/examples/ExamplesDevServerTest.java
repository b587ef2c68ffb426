package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.lambdaforge.examples.orders.OrdersApi;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.auth.JwtVerifier;
import io.lambdaforge.local.auth.TokenMinter;
import io.lambdaforge.local.auth.TrustedKeys;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.server.DevServer;
import io.lambdaforge.local.server.LocalGateway;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The examples app behind the dev server, spoken to with real HTTP ({@link HttpClient}) on
 * 127.0.0.1 and an ephemeral port, once per gateway preference: the default (HTTP API, then REST,
 * then ALB), REST first, and ALB first. Every route is called; the server's routing decision is
 * checked on the same gateway the server uses.
 */
class ExamplesDevServerTest {
  /** The preference a server is started with, and which source then serves each shared path. */
  enum Preference {
    DEFAULT(Optional.empty(), Source.API_GATEWAY_HTTP, Source.API_GATEWAY_HTTP),
    REST_FIRST(Optional.of(Source.API_GATEWAY_REST), Source.API_GATEWAY_REST, Source.API_GATEWAY_HTTP),
    ALB_FIRST(Optional.of(Source.ALB), Source.API_GATEWAY_HTTP, Source.ALB);

    final Optional<Source> preferred;
    final Source orders;
    final Source quotes;

    Preference(Optional<Source> preferred, Source orders, Source quotes) {
      this.preferred = preferred;
      this.orders = orders;
      this.quotes = quotes;
    }
  }

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  // One server per preference for the whole class: closing one takes the JDK server's grace second.
  private static final Map<Preference, DevServer> SERVERS = new EnumMap<>(Preference.class);
  private static final Map<Preference, LocalGateway> GATEWAYS = new EnumMap<>(Preference.class);
  private static LocalApp app;
  /** The key the servers' authorizers trust, standing in for the identity providers'. */
  private static final RSAKey KEY = key();

  private DevServer server;
  private LocalGateway gateway;
  private Preference current;

  private static RSAKey key() {
    try {
      return new RSAKeyGenerator(2048).keyID("examples-test").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token of a caller of {@code tenant} that the authorizer of {@code source}'s orders routes accepts. */
  private static String token(Source source, String tenant) {
    TokenMinter.Spec spec = source == Source.API_GATEWAY_REST
        ? TokenMinter.Spec.of(JwtVerifier.cognitoIssuer(OrdersApi.USER_POOL), List.of("app-client"), "u", List.of())
            .withCognito("id", "app-client")
        : TokenMinter.Spec.of(OrdersApi.ISSUER, List.of("orders-api"), "u", Tokens.ALL_SCOPES);
    return TokenMinter.mint(KEY, spec.withClaims(Map.of("tenant", tenant)), java.time.Instant.now());
  }

  @BeforeAll
  static void load() {
    app = LocalApp.fromClassLoader(ExamplesDevServerTest.class.getClassLoader(),
        new PrintStream(LOG, true, StandardCharsets.UTF_8), ExecutionModel.DEFAULT.share("io.lambdaforge.examples.orders.data"));
  }

  @AfterAll
  static void unload() {
    SERVERS.values().forEach(DevServer::close);
    app.close();
  }

  private void start(Preference preference) throws IOException {
    synchronized (SERVERS) {
      if (!SERVERS.containsKey(preference)) {
        LocalGateway created = new LocalGateway(app.routes(), preference.preferred, Json.copy(), Optional.empty(),
            app.authorizers(TrustedKeys.of(List.of(KEY))));
        GATEWAYS.put(preference, created);
        SERVERS.put(preference, DevServer.start(created, new InetSocketAddress("127.0.0.1", 0),
            new PrintStream(LOG, true, StandardCharsets.UTF_8)));
      }
      gateway = GATEWAYS.get(preference);
      current = preference;
      server = SERVERS.get(preference);
    }
  }

  @ParameterizedTest
  @EnumSource(Preference.class)
  void routesEachPathToTheSourceThePreferenceNames(Preference preference) throws Exception {
    start(preference);
    assertEquals(preference.orders, routed("/orders", "GET"));
    assertEquals(preference.orders, routed("/orders/" + UUID.randomUUID() + "/invoice", "GET"));
    assertEquals(preference.quotes, routed("/quotes", "POST"));
    assertEquals(Source.API_GATEWAY_HTTP, routed("/preferences", "PUT"), "only the HTTP API serves it");
    assertEquals(Source.ALB, routed("/health", "GET"), "only the ALB serves it");
    assertEquals(Source.ALB, routed("/inspect", "GET"));
  }

  @ParameterizedTest
  @EnumSource(Preference.class)
  void ordersCrudOverRealHttp(Preference preference) throws Exception {
    start(preference);
    String tenant = "t-" + UUID.randomUUID();

    HttpResponse<String> created = send("POST", "/orders", tenant, ExamplesThroughAdaptersTest.TWO_LINES);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("application/json", created.headers().firstValue("content-type").orElseThrow());
    String id = json(created).get("id").asText();
    assertEquals("/orders/" + id, created.headers().firstValue("Location").orElseThrow());
    assertTrue(logged("POST /orders createOrder 201"), log());

    HttpResponse<String> listed = send("GET", "/orders?status=OPEN&limit=5", tenant, null);
    assertEquals(200, listed.statusCode(), listed.body());
    assertEquals(id, json(listed).at("/orders/0/id").asText());
    assertEquals(400, send("GET", "/orders?limit=500", tenant, null).statusCode());
    HttpResponse<String> noToken = send("GET", "/orders", null, null);
    assertEquals(401, noToken.statusCode());
    assertEquals("Unauthorized", json(noToken).get("message").asText());

    HttpResponse<String> read = send("GET", "/orders/" + id, tenant, null);
    assertEquals(200, read.statusCode());
    assertEquals("Grace Hopper", json(read).get("customer").asText());
    assertEquals(404, send("GET", "/orders/" + id, "someone-else", null).statusCode());
    assertEquals(400, send("GET", "/orders/42", tenant, null).statusCode());

    HttpResponse<String> updated = send("PUT", "/orders/" + id, tenant,
        "{\"customer\":\"Katherine Johnson\",\"lines\":[{\"sku\":\"Z\",\"quantity\":1,\"unitPrice\":3}]}");
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals("Katherine Johnson", json(updated).get("customer").asText());
    HttpResponse<String> invalid = send("PUT", "/orders/" + id, tenant, "{\"lines\":[]}");
    assertEquals(400, invalid.statusCode());
    assertEquals(List.of("customer is required", "at least one line is required"),
        Jsons.texts(json(invalid).get("errors")));
    assertEquals(400, send("POST", "/orders", tenant, "{not json").statusCode());

    HttpResponse<byte[]> invoice = CLIENT.send(request("GET", "/orders/" + id + "/invoice", tenant, null).build(),
        BodyHandlers.ofByteArray());
    assertEquals(200, invoice.statusCode());
    assertEquals("text/csv; charset=utf-8", invoice.headers().firstValue("content-type").orElseThrow());
    assertEquals("attachment; filename=\"invoice-" + id + ".csv\"",
        invoice.headers().firstValue("content-disposition").orElseThrow());
    assertArrayEquals("sku,quantity,unit_price\nZ,1,3\ntotal,,3\n".getBytes(StandardCharsets.UTF_8), invoice.body());

    HttpResponse<String> deleted = send("DELETE", "/orders/" + id, tenant, null);
    assertEquals(204, deleted.statusCode());
    assertEquals("", deleted.body());
    assertEquals(404, send("GET", "/orders/" + id, tenant, null).statusCode());
    assertEquals(404, send("DELETE", "/orders/" + id, tenant, null).statusCode());
  }

  @ParameterizedTest
  @EnumSource(Preference.class)
  void cookiesQuotesAlbRoutesAndErrorsOverRealHttp(Preference preference) throws Exception {
    start(preference);

    HttpResponse<String> saved = send("PUT", "/preferences", null, "{\"currency\":\"EUR\",\"locale\":\"it-IT\"}");
    assertEquals(200, saved.statusCode(), saved.body());
    List<String> cookies = saved.headers().allValues("set-cookie");
    assertEquals(2, cookies.size(), cookies.toString());
    assertTrue(cookies.get(0).startsWith("currency=EUR; Path=/;"), cookies.toString());
    assertTrue(cookies.get(1).startsWith("locale=it-IT; Path=/;"), cookies.toString());
    HttpResponse<String> read = CLIENT.send(request("GET", "/preferences", null, null)
        .header("Cookie", "currency=EUR; locale=it-IT").build(), BodyHandlers.ofString());
    assertEquals(Map.of("currency", "EUR", "locale", "it-IT"),
        Json.copy().convertValue(json(read), Map.class));

    HttpResponse<String> health = send("GET", "/health", null, null);
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"ok\",\"service\":\"status-service\"}", health.body());
    assertEquals("application/json", health.headers().firstValue("content-type").orElseThrow());

    HttpResponse<String> inspected = CLIENT.send(request("GET", "/inspect?tag=a&tag=b%20c", null, null)
        .header("Accept", "text/plain, application/json").build(), BodyHandlers.ofString());
    assertEquals(200, inspected.statusCode(), inspected.body());
    JsonNode inspection = json(inspected);
    assertEquals(List.of("a", "b c"), Jsons.texts(inspection.get("tags")));
    assertEquals(List.of("text/plain", "application/json"), Jsons.texts(inspection.get("accept")));
    assertEquals(List.of("127.0.0.1"), Jsons.texts(inspection.get("forwardedFor")));

    HttpResponse<String> quote = send("POST", "/quotes", null, "{\"sku\":\"MUG-7\",\"quantity\":120}");
    assertEquals(200, quote.statusCode(), quote.body());
    assertEquals("MUG-7", json(quote).get("sku").asText());
    HttpResponse<String> badQuote = send("POST", "/quotes", null, "{\"sku\":\"MUG-7\",\"quantity\":0}");
    assertEquals(400, badQuote.statusCode());
    assertEquals("quantity must be 1..10000, got 0", json(badQuote).get("message").asText());

    HttpResponse<String> wrongMethod = send("DELETE", "/quotes", null, null);
    assertEquals(405, wrongMethod.statusCode(), wrongMethod.body());
    assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElseThrow());
    HttpResponse<String> healthPost = send("POST", "/health", null, "{}");
    assertEquals(405, healthPost.statusCode());
    assertEquals("GET", healthPost.headers().firstValue("allow").orElseThrow());

    HttpResponse<String> unknown = send("GET", "/no/such/route", null, null);
    assertEquals(404, unknown.statusCode());
    assertEquals("Not Found", json(unknown).get("message").asText());
    assertTrue(logged("GET /no/such/route - 404"), log());
  }

  private Source routed(String path, String method) {
    return gateway.route(path, method, Optional.empty()).orElseThrow().route().source();
  }

  private HttpRequest.Builder request(String method, String pathAndQuery, String tenant, String json) {
    URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    if (tenant != null) {
      builder.header("Authorization", "Bearer " + token(current.orders, tenant));
    }
    return builder;
  }

  private HttpResponse<String> send(String method, String pathAndQuery, String tenant, String json)
      throws IOException, InterruptedException {
    return CLIENT.send(request(method, pathAndQuery, tenant, json).build(), BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.reader().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  private static boolean logged(String prefix) {
    return log().lines().anyMatch(line -> line.startsWith(prefix + " "));
  }

  private static String log() {
    synchronized (LOG) {
      return LOG.toString(StandardCharsets.UTF_8);
    }
  }
}
