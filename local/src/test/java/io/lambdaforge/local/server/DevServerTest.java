package io.lambdaforge.local.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.fixture.EchoHandler;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/** The dev server over real HTTP with the fixture application. */
class DevServerTest {
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static LocalApp app;
  private static DevServer server;
  private static DevServer albFirst;

  @BeforeAll
  static void start() throws IOException {
    PrintStream log = new PrintStream(LOG, true, StandardCharsets.UTF_8);
    app = LocalApp.fromClassLoader(DevServerTest.class.getClassLoader(), log);
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    server = DevServer.start(new LocalGateway(app.routes(), Optional.empty(), Json.copy()), loopback, log);
    albFirst = DevServer.start(new LocalGateway(app.routes(), Optional.of(Source.ALB), Json.copy()), loopback, log);
  }

  @AfterAll
  static void stop() {
    server.close();
    albFirst.close();
    app.close();
  }

  private static HttpResponse<byte[]> send(DevServer target, HttpRequest.Builder request, String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + target.address().getPort() + path);
    return CLIENT.send(request.uri(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return send(server, HttpRequest.newBuilder().GET(), path);
  }

  private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return Json.reader().readTree(response.body());
  }

  @Test
  void servesAnHttpApiRouteWithTheFunctionsContextAndEnvironment() throws Exception {
    HttpResponse<byte[]> response = send(server, HttpRequest.newBuilder().GET()
        .header("Cookie", "session=abc").header("X-Trace", "t1"), "/echo/42?x=1&x=2");
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("http"), response.headers().firstValue("x-echo"));
    assertEquals(List.of("a=1", "b=2"), response.headers().allValues("set-cookie"));
    JsonNode echo = json(response);
    assertEquals("echo", echo.get("function").asText());
    assertEquals(256, echo.get("memoryMb").asInt());
    int remaining = echo.get("remainingMs").asInt();
    assertTrue(remaining > 0 && remaining <= 5000, "remaining time within the 5 s timeout: " + remaining);
    assertEquals("hello from echo", echo.at("/env/GREETING").asText());
    assertTrue(echo.get("contextClassLoader").asText().length() > 0);
    JsonNode event = echo.get("event");
    assertEquals("2.0", event.get("version").asText());
    assertEquals("ANY /echo/{id}", event.get("routeKey").asText());
    assertEquals("42", event.at("/pathParameters/id").asText());
    assertEquals("1,2", event.at("/queryStringParameters/x").asText());
    assertEquals("session=abc", event.at("/cookies/0").asText());
    assertEquals("t1", event.at("/headers/x-trace").asText());
    assertEquals(echo.get("requestId").asText().length(), 36);
  }

  @Test
  void servesRestAndAlbRoutesInTheirFormats() throws Exception {
    HttpResponse<byte[]> rest = get("/rest/a/b%20c");
    assertEquals(200, rest.statusCode());
    assertEquals(Optional.of("rest"), rest.headers().firstValue("x-echo"));
    assertEquals(List.of("a=1", "b=2"), rest.headers().allValues("set-cookie"));
    // REST delivers path and pathParameters as sent, still encoded (live captures, hotsock/voker)
    assertEquals("a/b%20c", json(rest).at("/event/pathParameters/proxy").asText());
    assertEquals("/rest/a/b%20c", json(rest).at("/event/path").asText());
    assertEquals("/local/rest/a/b%20c", json(rest).at("/event/requestContext/path").asText());

    HttpResponse<byte[]> alb = send(server, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString("hi"))
        .header("Content-Type", "text/plain"), "/alb/7?q=%2F");
    assertEquals(200, alb.statusCode());
    assertEquals(Optional.of("alb"), alb.headers().firstValue("x-echo"));
    JsonNode albEvent = json(alb).get("event");
    assertEquals("%2F", albEvent.at("/queryStringParameters/q").asText());
    assertEquals("hi", albEvent.get("body").asText());

    HttpResponse<byte[]> multi = get("/albmv/1");
    assertEquals(200, multi.statusCode());
    assertEquals(List.of("a=1", "b=2"), multi.headers().allValues("set-cookie"));
    assertTrue(json(multi).at("/event/multiValueHeaders").isObject());
  }

  @Test
  void aPathUnderSeveralSourcesIsServedByThePreferredOne() throws Exception {
    assertEquals(Optional.of("rest"), get("/twin/1").headers().firstValue("x-echo"), "REST before ALB by default");
    assertEquals(Optional.of("alb"), send(albFirst, HttpRequest.newBuilder().GET(), "/twin/1").headers().firstValue("x-echo"));
  }

  @Test
  void binaryBodiesArriveDecoded() throws Exception {
    HttpResponse<byte[]> response = get("/binary");
    assertEquals(200, response.statusCode());
    assertArrayEquals(EchoHandler.BINARY, response.body());
    assertEquals(Optional.of("application/octet-stream"), response.headers().firstValue("content-type"));
  }

  @Test
  void errorsMalformedResponsesAndUnknownPathsAnswerAsTheGateway() throws Exception {
    HttpResponse<byte[]> boom = get("/boom");
    assertEquals(500, boom.statusCode());
    assertEquals("Internal Server Error", json(boom).get("message").asText());
    assertEquals(500, get("/malformed").statusCode());
    HttpResponse<byte[]> missing = get("/nowhere");
    assertEquals(404, missing.statusCode());
    assertEquals("Not Found", json(missing).get("message").asText());
  }

  @Test
  void timeoutsAnswerWithTheGatewaysStatus() throws Exception {
    assertEquals(503, get("/slow").statusCode(), "HTTP API");
    assertEquals(504, get("/slow-rest").statusCode(), "REST API");
  }

  @Test
  void rejectsBodiesAboveTheLambdaPayloadLimit() throws Exception {
    byte[] big = new byte[Exchanges.MAX_BODY_BYTES + 1];
    HttpResponse<byte[]> response = send(server, HttpRequest.newBuilder()
        .POST(HttpRequest.BodyPublishers.ofByteArray(big)).header("Content-Type", "application/octet-stream"), "/upload");
    assertEquals(413, response.statusCode());
  }

  @Test
  void logsOneLinePerRequest() throws Exception {
    get("/echo/log-check");
    String log = LOG.toString(StandardCharsets.UTF_8);
    assertTrue(log.lines().anyMatch(line -> line.matches("GET /echo/log-check echo 200 \\d+ ms \\[duration \\d+\\.\\d\\d ms, billed \\d+ ms.*]")), log);
  }
}
