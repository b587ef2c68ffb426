package io.lambdaforge.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.invoke.ExecutionModel;
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
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Lambda Invoke API over real HTTP with the fixture application. */
class InvokeApiServerTest {
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static LocalApp app;
  private static InvokeApiServer server;

  @BeforeAll
  static void start() throws IOException {
    PrintStream log = new PrintStream(LOG, true, StandardCharsets.UTF_8);
    app = LocalApp.fromClassLoader(InvokeApiServerTest.class.getClassLoader(), log);
    server = InvokeApiServer.start(app, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), log, Json.copy());
  }

  @AfterAll
  static void stop() {
    server.close();
    app.close();
  }

  private static HttpResponse<byte[]> invoke(String function, String payload, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort()
            + "/2015-03-31/functions/" + function + "/invocations"))
        .POST(HttpRequest.BodyPublishers.ofString(payload));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return Json.reader().readTree(response.body());
  }

  @Test
  void aSuccessfulInvocationAnswers200WithTheOutput() throws Exception {
    HttpResponse<byte[]> response = invoke("worker", "{\"n\":1}");
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("$LATEST"), response.headers().firstValue("X-Amz-Executed-Version"));
    assertEquals(Optional.empty(), response.headers().firstValue("X-Amz-Function-Error"));
    assertEquals(Optional.empty(), response.headers().firstValue("X-Amz-Log-Result"));
    JsonNode answer = json(response);
    assertEquals("worker", answer.get("function").asText());
    assertEquals(1, answer.at("/echo/n").asInt());
  }

  @Test
  void functionsWithHttpAndSdkTriggersAndArnsAndQualifiersWork() throws Exception {
    assertEquals("echo", json(invoke("echo", "{}")).get("function").asText());
    assertEquals("worker", json(invoke("arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Aworker%3Alive", "{}"))
        .get("function").asText());
    assertEquals("worker", json(invoke("123456789012%3Afunction%3Aworker", "{}")).get("function").asText());
    assertEquals("{}", json(invoke("worker", "")).get("echo").toString(), "an empty payload is {}");
  }

  @Test
  void aThrowingFunctionIsAFunctionErrorWith200() throws Exception {
    HttpResponse<byte[]> response = invoke("worker", "{\"fail\":\"no stock\"}");
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("Unhandled"), response.headers().firstValue("X-Amz-Function-Error"));
    JsonNode error = json(response);
    assertEquals("java.lang.IllegalArgumentException", error.get("errorType").asText());
    assertEquals("no stock", error.get("errorMessage").asText());
    assertTrue(error.get("stackTrace").isArray());
  }

  @Test
  void aTimeoutIsAFunctionErrorSandboxTimedout() throws Exception {
    HttpResponse<byte[]> response = invoke("sleeper", "{\"sleep\":true}");
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("Unhandled"), response.headers().firstValue("X-Amz-Function-Error"));
    assertEquals("Sandbox.Timedout", json(response).get("errorType").asText());
    assertEquals("Task timed out after 1.00 seconds", json(response).get("errorMessage").asText());
  }

  @Test
  void aFunctionThatCannotStartIsAFunctionError() throws Exception {
    HttpResponse<byte[]> response = invoke("broken", "{}");
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("Unhandled"), response.headers().firstValue("X-Amz-Function-Error"));
    assertEquals("Runtime.ExitError", json(response).get("errorType").asText());
    assertTrue(json(response).get("errorMessage").asText().contains("MissingHandler"), json(response).toString());
  }

  @Test
  void logTypeTailReturnsTheInvocationsLog() throws Exception {
    HttpResponse<byte[]> ok = invoke("worker", "{}", "X-Amz-Log-Type", "Tail");
    String log = new String(Base64.getDecoder().decode(ok.headers().firstValue("X-Amz-Log-Result").orElseThrow()),
        StandardCharsets.UTF_8);
    assertTrue(log.startsWith("START RequestId: "), log);
    assertTrue(log.contains("sdk invoke of worker"), log);
    assertTrue(log.contains("END RequestId: "), log);
    assertTrue(log.contains("REPORT RequestId: ") && log.contains("Memory Size: "), log);
    HttpResponse<byte[]> failed = invoke("worker", "{\"fail\":\"bad\"}", "X-Amz-Log-Type", "Tail");
    String failedLog = new String(Base64.getDecoder().decode(failed.headers().firstValue("X-Amz-Log-Result").orElseThrow()),
        StandardCharsets.UTF_8);
    assertTrue(failedLog.contains("\"errorMessage\":\"bad\""), failedLog);
  }

  @Test
  void theLogTailIsTheLast4Kb() {
    byte[] log = new byte[10_000];
    for (int i = 0; i < log.length; i++) {
      log[i] = (byte) ('a' + i % 26);
    }
    byte[] tail = Base64.getDecoder().decode(InvokeApiServer.base64Tail(log));
    assertEquals(4096, tail.length);
    assertEquals(log[log.length - 1], tail[tail.length - 1]);
    assertEquals(log[log.length - 4096], tail[0]);
  }

  @Test
  void eventAndDryRunInvocationTypes() throws Exception {
    HttpResponse<byte[]> event = invoke("worker", "{}", "X-Amz-Invocation-Type", "Event");
    assertEquals(202, event.statusCode());
    assertEquals(0, event.body().length);
    assertEquals(204, invoke("worker", "{}", "X-Amz-Invocation-Type", "DryRun").statusCode());
    HttpResponse<byte[]> bad = invoke("worker", "{}", "X-Amz-Invocation-Type", "Later");
    assertEquals(400, bad.statusCode());
    assertEquals(Optional.of("InvalidParameterValueException"), bad.headers().firstValue("X-Amzn-ErrorType"));
  }

  @Test
  void anUnknownFunctionIsResourceNotFound() throws Exception {
    HttpResponse<byte[]> response = invoke("nope", "{}");
    assertEquals(404, response.statusCode());
    assertEquals(Optional.of("ResourceNotFoundException"), response.headers().firstValue("X-Amzn-ErrorType"));
    JsonNode error = json(response);
    assertEquals("User", error.get("Type").asText());
    assertEquals("Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope", error.get("message").asText());
  }

  @Test
  void invocationErrorsOfTheRequestItself() throws Exception {
    HttpResponse<byte[]> large = invoke("worker", "\"" + "x".repeat(6 * 1024 * 1024) + "\"");
    assertEquals(413, large.statusCode());
    assertEquals(Optional.of("RequestTooLargeException"), large.headers().firstValue("X-Amzn-ErrorType"));
    HttpResponse<byte[]> notJson = invoke("worker", "{oops");
    assertEquals(400, notJson.statusCode());
    assertEquals(Optional.of("InvalidRequestContentException"), notJson.headers().firstValue("X-Amzn-ErrorType"));
    HttpResponse<byte[]> other = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + server.address().getPort() + "/2015-03-31/functions")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(404, other.statusCode());
    assertEquals(Optional.of("UnknownOperationException"), other.headers().firstValue("X-Amzn-ErrorType"));
  }

  @Test
  void withIsolationJvmTheInvokeApiRunsTheFunctionInAChildJvmAndTailsItsLog() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    try (LocalApp jvm = LocalApp.fromClassLoader(InvokeApiServerTest.class.getClassLoader(), out,
            ExecutionModel.DEFAULT.mode(ExecutionModel.Mode.JVM));
        InvokeApiServer api = InvokeApiServer.start(jvm, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            out, Json.copy())) {
      HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
              + api.address().getPort() + "/2015-03-31/functions/worker/invocations"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"n\":2}")).header("X-Amz-Log-Type", "Tail").build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode());
      JsonNode answer = json(response);
      assertEquals(2, answer.at("/echo/n").asInt());
      assertTrue(answer.get("pid").asLong() != ProcessHandle.current().pid());
      String tail = new String(Base64.getDecoder().decode(response.headers().firstValue("X-Amz-Log-Result").orElseThrow()),
          StandardCharsets.UTF_8);
      assertTrue(tail.contains("sdk invoke of worker"), tail);
      assertTrue(tail.contains("\tMax Memory Used: "), tail);
    }
  }
}
