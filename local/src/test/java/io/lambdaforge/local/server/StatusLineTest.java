package io.lambdaforge.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bytes on the wire, over a raw socket: the status line carries the standard reason phrase
 * (RFC 9110 section 15: {@code 302 Found}, {@code 429 Too Many Requests}), and a request target
 * that is not a valid URI gets API Gateway's JSON {@code 400 {"message":"Bad Request"}}
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html,
 * BAD_REQUEST_PARAMETERS / DEFAULT_4XX) and a log line, never an HTML error page.
 */
class StatusLineTest {
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static LocalApp app;
  private static DevServer server;
  private static InvokeApiServer invokeApi;

  @BeforeAll
  static void start() throws IOException {
    PrintStream log = new PrintStream(LOG, true, StandardCharsets.UTF_8);
    app = LocalApp.fromClassLoader(StatusLineTest.class.getClassLoader(), log);
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    server = DevServer.start(new LocalGateway(app.routes(), Optional.empty(), Json.copy()), loopback, log);
    invokeApi = InvokeApiServer.start(app, loopback, log, Json.copy());
  }

  @AfterAll
  static void stop() {
    server.close();
    invokeApi.close();
    app.close();
  }

  /** Sends {@code requestLine} with Connection: close and returns the whole raw response. */
  private static String exchange(InetSocketAddress address, String requestLine) throws IOException {
    try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String statusLine(String response) {
    return response.substring(0, response.indexOf("\r\n"));
  }

  @Test
  void aRedirectSaysFound() throws IOException {
    String response = exchange(server.address(), "GET /echo/302 HTTP/1.1");
    assertEquals("HTTP/1.1 302 Found", statusLine(response));
    assertTrue(!response.contains("Server:"), "API Gateway sends no Server header: " + response);
  }

  @Test
  void okAndNotFoundCarryTheirReasons() throws IOException {
    assertEquals("HTTP/1.1 200 OK", statusLine(exchange(server.address(), "GET /echo/1 HTTP/1.1")));
    assertEquals("HTTP/1.1 404 Not Found",
        statusLine(exchange(server.address(), "GET /no/such/route HTTP/1.1")));
    assertEquals("HTTP/1.1 404 Not Found",
        statusLine(exchange(invokeApi.address(), "POST /2015-03-31/functions/nope/invocations HTTP/1.1")));
  }

  @Test
  void aMalformedUriGetsTheGatewaysJson400AndALogLine() throws IOException {
    String response = exchange(server.address(), "GET /echo/1?x=%ZZ HTTP/1.1");
    assertEquals("HTTP/1.1 400 Bad Request", statusLine(response));
    assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), response);
    assertTrue(response.endsWith("{\"message\":\"Bad Request\"}"), response);
    assertTrue(LOG.toString(StandardCharsets.UTF_8).contains("GET /echo/1?x=%ZZ - 400"),
        LOG.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theInvokeApiAnswersAMalformedUriWithJsonToo() throws IOException {
    String response = exchange(invokeApi.address(), "POST /2015-03-31/functions/echo/invocations?q=%ZZ HTTP/1.1");
    assertEquals("HTTP/1.1 400 Bad Request", statusLine(response));
    assertTrue(response.endsWith(
        "{\"Type\":\"User\",\"message\":\"Request URI is not a valid URI: /2015-03-31/functions/echo/invocations?q=%ZZ\"}"),
        response);
    assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("x-amzn-errortype: invalidrequestcontentexception"), response);
  }
}
