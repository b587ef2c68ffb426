package io.lambdaforge.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.CorsSpec;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} applies CORS where each front door does: an HTTP API and a function URL answer the
 * preflight themselves (204) and add the headers to the function's response
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors); a REST API answers
 * every OPTIONS with SAM's mock integration (200, the configured values) and passes the function's
 * response as it is; an ALB sends the preflight to the function. The fixture function is a
 * hand-written handler that adds no CORS headers, so every header asserted here comes from the door.
 */
class CorsServeTest {
  private static final String APP = "https://app.example.com";
  private static final CorsSpec CORS = new CorsSpec(List.of(APP), List.of("GET", "POST"),
      List.of("Content-Type"), List.of("X-Echo"), 600, true);
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static LocalApp app;
  private static DevServer shared;
  private static DevServer url;

  @BeforeAll
  static void start() throws Exception {
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    app = LocalApp.fromClassLoader(CorsServeTest.class.getClassLoader(), log);
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    List<LocalRoute> routes = List.of(
        new LocalRoute(Source.API_GATEWAY_HTTP, "ANY", "/echo/{id}", false, app.load("echo"), "", CORS),
        new LocalRoute(Source.API_GATEWAY_REST, "ANY", "/rest/{proxy+}", false, app.load("echo"), "", CORS),
        new LocalRoute(Source.ALB, "ANY", "/alb/{id}", false, app.load("echo"), "", CORS));
    shared = DevServer.start(new LocalGateway(routes, Optional.empty(), Json.copy()), loopback, log);
    LocalRoute own = new LocalRoute(Source.FUNCTION_URL, "GET", "/hello", false, app.load("echo"), "NONE", CORS);
    url = DevServer.start(new LocalGateway(List.of(own), Optional.of(Source.FUNCTION_URL), Json.copy()), loopback, log);
  }

  @AfterAll
  static void stop() {
    shared.close();
    url.close();
    app.close();
  }

  private static HttpResponse<byte[]> send(DevServer server, String method, String path, String origin,
      boolean preflight) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin);
    if (preflight) {
      request.header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type");
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  @Test
  void anHttpApiAnswersThePreflightItselfAndAddsTheHeaders() throws Exception {
    HttpResponse<byte[]> preflight = send(shared, "OPTIONS", "/echo/1", APP, true);
    assertEquals(204, preflight.statusCode());
    assertEquals(APP, header(preflight, "Access-Control-Allow-Origin"));
    assertEquals("GET,POST", header(preflight, "Access-Control-Allow-Methods"));
    assertEquals("Content-Type", header(preflight, "Access-Control-Allow-Headers"));
    assertEquals("600", header(preflight, "Access-Control-Max-Age"));
    assertEquals("true", header(preflight, "Access-Control-Allow-Credentials"));

    HttpResponse<byte[]> get = send(shared, "GET", "/echo/1", APP, false);
    assertEquals(200, get.statusCode());
    assertEquals(APP, header(get, "Access-Control-Allow-Origin"));
    assertEquals("X-Echo", header(get, "Access-Control-Expose-Headers"));
    assertEquals("true", header(get, "Access-Control-Allow-Credentials"));
  }

  @Test
  void anOriginThatIsNotAllowedGetsNoCorsHeaders() throws Exception {
    HttpResponse<byte[]> preflight = send(shared, "OPTIONS", "/echo/1", "https://evil.example.com", true);
    assertEquals(204, preflight.statusCode());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    HttpResponse<byte[]> get = send(shared, "GET", "/echo/1", "https://evil.example.com", false);
    assertEquals(200, get.statusCode());
    assertTrue(get.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void aRestApiAnswersOptionsWithSamsMockIntegrationAndLeavesResponsesToTheFunction() throws Exception {
    HttpResponse<byte[]> preflight = send(shared, "OPTIONS", "/rest/a/b", APP, true);
    assertEquals(200, preflight.statusCode());
    assertEquals(APP, header(preflight, "Access-Control-Allow-Origin"));
    assertEquals("GET,POST", header(preflight, "Access-Control-Allow-Methods"));
    assertEquals("600", header(preflight, "Access-Control-Max-Age"));

    HttpResponse<byte[]> get = send(shared, "GET", "/rest/a/b", APP, false);
    assertEquals(200, get.statusCode());
    assertEquals("rest", header(get, "X-Echo"));
    // the function (here a hand-written handler without CORS) must add them: REST adds nothing
    assertTrue(get.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void anAlbSendsThePreflightToTheFunction() throws Exception {
    HttpResponse<byte[]> preflight = send(shared, "OPTIONS", "/alb/1", APP, true);
    assertEquals(200, preflight.statusCode());
    JsonNode event = Json.reader().readTree(preflight.body()).get("event");
    assertEquals("OPTIONS", event.get("httpMethod").asText());
    assertEquals(APP, event.at("/headers/origin").asText());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void aFunctionUrlAnswersThePreflightItselfAndAddsTheHeaders() throws Exception {
    HttpResponse<byte[]> preflight = send(url, "OPTIONS", "/any/path", APP, true);
    assertEquals(204, preflight.statusCode());
    assertEquals(APP, header(preflight, "Access-Control-Allow-Origin"));
    assertEquals("Origin", header(preflight, "Vary"));
    HttpResponse<byte[]> get = send(url, "GET", "/hello", APP, false);
    assertEquals(200, get.statusCode());
    assertEquals(APP, header(get, "Access-Control-Allow-Origin"));
    assertEquals("X-Echo", header(get, "Access-Control-Expose-Headers"));
    assertFalse(new String(get.body(), StandardCharsets.UTF_8).isEmpty());
  }
}
