package io.lambdaforge.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.testing.HttpResult;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Past a function's concurrency limit, Lambda throttles: the Invoke API answers 429
 * TooManyRequestsException (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html) and each
 * gateway its own error.
 */
class ThrottleAnswersTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void theInvokeApiAnswers429TooManyRequests() throws Exception {
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (LocalApp app = LocalApp.fromClassLoader(getClass().getClassLoader(), log, ExecutionModel.DEFAULT.concurrency(1))) {
      InvokeApiServer server = InvokeApiServer.start(app, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
          log, Json.copy());
      try {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/2015-03-31/functions/worker/invocations");
        CompletableFuture<HttpResponse<String>> busy = CLIENT.sendAsync(HttpRequest.newBuilder(uri)
            .POST(HttpRequest.BodyPublishers.ofString("{\"pauseMs\":1000}")).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(400);
        HttpResponse<String> throttled = CLIENT.send(HttpRequest.newBuilder(uri)
            .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(429, throttled.statusCode(), throttled.body());
        assertEquals(Optional.of("TooManyRequestsException"), throttled.headers().firstValue("X-Amzn-ErrorType"));
        JsonNode body = Json.reader().readTree(throttled.body());
        assertEquals("Rate Exceeded.", body.path("message").asText());
        assertEquals("ReservedFunctionConcurrentInvocationLimitExceeded", body.path("Reason").asText());
        assertEquals(200, busy.get().statusCode());
      } finally {
        server.close();
      }
    }
  }

  @Test
  void theGatewaysAnswerTheirOwnError() throws Exception {
    try (LocalLambda app = LocalLambda.builder().concurrency(1)
        .log(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).build()) {
      CompletableFuture<HttpResult> busy = CompletableFuture.supplyAsync(
          () -> app.request(Source.API_GATEWAY_HTTP, Request.get("/echo/pause-2s")));
      Thread.sleep(500);
      HttpResult http = app.request(Source.API_GATEWAY_HTTP, Request.get("/echo/1"));
      assertEquals(500, http.status());
      assertEquals("{\"message\":\"Internal Server Error\"}", http.bodyString());
      assertTrue(http.report().isEmpty(), "the function did not run");
      HttpResult alb = app.request(Source.ALB, Request.get("/alb/1"));
      assertEquals(502, alb.status());
      assertEquals(200, busy.get().status());
    }
  }
}
