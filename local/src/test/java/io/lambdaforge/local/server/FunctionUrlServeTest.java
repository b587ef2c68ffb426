package io.lambdaforge.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
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
 * A function URL served on its own port, over real HTTP: every path reaches the function, the event
 * is the function URL's (encoded rawPath, $default, lambda-url domain), and an AWS_IAM URL refuses
 * an unsigned request with 403 before the function runs.
 */
class FunctionUrlServeTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static LocalApp app;
  private static DevServer open;
  private static DevServer iam;

  @BeforeAll
  static void start() throws Exception {
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    app = LocalApp.fromClassLoader(FunctionUrlServeTest.class.getClassLoader(), log);
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    LocalRoute none = new LocalRoute(Source.FUNCTION_URL, "GET", "/hello", false, app.load("echo"), "NONE");
    open = DevServer.start(new LocalGateway(List.of(none), Optional.of(Source.FUNCTION_URL), Json.copy()), loopback, log);
    LocalRoute signed = new LocalRoute(Source.FUNCTION_URL, "GET", "/hello", false, app.load("echo"), "AWS_IAM");
    iam = DevServer.start(new LocalGateway(List.of(signed), Optional.of(Source.FUNCTION_URL), Json.copy()), loopback, log);
  }

  @AfterAll
  static void stop() {
    open.close();
    iam.close();
    app.close();
  }

  private static HttpResponse<byte[]> get(DevServer server, String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    return CLIENT.send(HttpRequest.newBuilder(uri).header("Cookie", "a=1; b=2").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void everyPathReachesTheFunctionWithTheFunctionUrlEvent() throws Exception {
    HttpResponse<byte[]> response = get(open, "/not/a/declared/route%20x?q=1&q=2");
    assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    JsonNode event = Json.reader().readTree(response.body()).get("event");
    assertEquals("/not/a/declared/route%20x", event.get("rawPath").asText());
    assertEquals("q=1&q=2", event.get("rawQueryString").asText());
    assertEquals("1,2", event.at("/queryStringParameters/q").asText());
    assertEquals("$default", event.get("routeKey").asText());
    assertEquals("[\"a=1\",\"b=2\"]", event.get("cookies").toString());
    assertTrue(event.at("/requestContext/domainName").asText().contains(".lambda-url."));
    assertTrue(event.at("/requestContext/authorizer").isMissingNode());
  }

  /** A shared gateway (the main port) never sends a request to a function URL route. */
  @Test
  void aSharedGatewayLeavesFunctionUrlRoutesAlone() {
    LocalRoute url = new LocalRoute(Source.FUNCTION_URL, "GET", "/hello", false, app.load("echo"), "NONE");
    LocalGateway shared = new LocalGateway(List.of(url), Optional.empty(), Json.copy());
    assertTrue(shared.route("/hello", "GET", Optional.empty()).isEmpty());
    assertTrue(shared.route("/hello", "GET", Optional.of(Source.FUNCTION_URL)).isPresent());
  }

  @Test
  void anIamUrlRefusesAnUnsignedRequestWith403() throws Exception {
    HttpResponse<byte[]> response = get(iam, "/hello");
    assertEquals(403, response.statusCode());
    assertEquals("{\"Message\":\"Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html\"}", new String(response.body(), StandardCharsets.UTF_8));
  }
}
