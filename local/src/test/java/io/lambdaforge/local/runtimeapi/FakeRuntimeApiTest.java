package io.lambdaforge.local.runtimeapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake Runtime API spoken to directly over HTTP, as a runtime would. */
class FakeRuntimeApiTest {
  private static final String ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private FakeRuntimeApi api;

  @BeforeEach
  void start() throws IOException {
    api = FakeRuntimeApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private URI uri(String path) {
    return URI.create("http://" + api.address() + "/2018-06-01/runtime" + path);
  }

  private HttpResponse<String> next() throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri("/invocation/next")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, byte[] body, String errorType)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (errorType != null) {
      builder.header(ERROR_TYPE, errorType);
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static InvocationOutcome done(CompletableFuture<InvocationOutcome> future)
      throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  @Test
  void servesAnEventAndCompletesTheFutureWithTheResponse() throws Exception {
    byte[] event =
        Files.readAllBytes(ChildRuntimeTest.sharedEvent("apigw-v1-proxy-post-java-libs.json"));
    CompletableFuture<InvocationOutcome> future = api.invoke(event);
    assertEquals(1, api.queuedInvocations());

    HttpResponse<String> next = next();
    assertEquals(200, next.statusCode());
    assertEquals(new String(event, StandardCharsets.UTF_8), next.body());
    String id = next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
    long deadline =
        Long.parseLong(next.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow());
    assertTrue(deadline > System.currentTimeMillis(), "deadline lies in the future");
    assertEquals(
        InvocationRequest.DEFAULT_FUNCTION_ARN,
        next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn").orElseThrow());
    assertTrue(
        next.headers().firstValue("Lambda-Runtime-Trace-Id").orElseThrow()
            .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0"));
    assertFalse(next.headers().firstValue("Lambda-Runtime-Client-Context").isPresent());
    assertFalse(future.isDone());

    HttpResponse<String> posted = post("/invocation/" + id + "/response", "{\"ok\":true}".getBytes(), null);
    assertEquals(202, posted.statusCode());
    assertEquals("OK", Json.reader().readTree(posted.body()).get("status").asText());

    InvocationOutcome outcome = done(future);
    assertEquals(id, outcome.requestId());
    assertFalse(outcome.error());
    assertNull(outcome.errorType());
    assertEquals("{\"ok\":true}", outcome.bodyAsString());
    assertEquals(0, api.queuedInvocations());
  }

  @Test
  void nextWaitsUntilAnEventIsQueued() throws Exception {
    CompletableFuture<HttpResponse<String>> waiting =
        http.sendAsync(
            HttpRequest.newBuilder(uri("/invocation/next")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    CompletableFuture<InvocationOutcome> future = api.invoke("late".getBytes());
    HttpResponse<String> next = waiting.get(10, TimeUnit.SECONDS);
    assertEquals("late", next.body());
    String id = next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
    post("/invocation/" + id + "/response", new byte[0], null);
    assertEquals(0, done(future).body().length);
  }

  @Test
  void customHeadersAreSent() throws Exception {
    api.invoke(
        InvocationRequest.of("{}".getBytes())
            .withTraceId("Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1")
            .withInvokedFunctionArn("arn:aws:lambda:us-east-2:123456789012:function:custom-runtime")
            .withClientContext("{\"custom\":{}}")
            .withCognitoIdentity("{\"cognitoIdentityId\":\"x\"}")
            .withTimeout(Duration.ofMinutes(15)));
    HttpResponse<String> next = next();
    var headers = next.headers();
    assertEquals(
        "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1",
        headers.firstValue("Lambda-Runtime-Trace-Id").orElseThrow());
    assertEquals(
        "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime",
        headers.firstValue("Lambda-Runtime-Invoked-Function-Arn").orElseThrow());
    assertEquals("{\"custom\":{}}", headers.firstValue("Lambda-Runtime-Client-Context").orElseThrow());
    assertEquals(
        "{\"cognitoIdentityId\":\"x\"}",
        headers.firstValue("Lambda-Runtime-Cognito-Identity").orElseThrow());
    long deadline = Long.parseLong(headers.firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow());
    assertTrue(deadline > System.currentTimeMillis() + Duration.ofMinutes(14).toMillis());
  }

  @Test
  void errorPostCapturesTypeAndBody() throws Exception {
    byte[] document =
        Files.readAllBytes(ChildRuntimeTest.sharedEvent("invoke-error-response-java-docs.json"));
    CompletableFuture<InvocationOutcome> future = api.invoke("{}".getBytes());
    String id = next().headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();

    assertEquals(202, post("/invocation/" + id + "/error", document, "Runtime.UserException").statusCode());

    InvocationOutcome outcome = done(future);
    assertTrue(outcome.error());
    assertEquals("Runtime.UserException", outcome.errorType());
    assertArrayEquals(document, outcome.body());
  }

  @Test
  void unknownOrAlreadyAnsweredRequestIdsAre400() throws Exception {
    assertInvalidRequestId(post("/invocation/nope/response", "x".getBytes(), null));

    api.invoke("{}".getBytes());
    String id = next().headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
    assertEquals(202, post("/invocation/" + id + "/response", "a".getBytes(), null).statusCode());
    assertInvalidRequestId(post("/invocation/" + id + "/response", "b".getBytes(), null));
    assertInvalidRequestId(post("/invocation/" + id + "/error", "{}".getBytes(), "Runtime.UserException"));
  }

  private static void assertInvalidRequestId(HttpResponse<String> response) throws IOException {
    assertEquals(400, response.statusCode());
    assertEquals("InvalidRequestID", Json.reader().readTree(response.body()).get("errorType").asText());
  }

  @Test
  void bodiesOverTheLimitAre413AndFailTheInvocation() throws Exception {
    CompletableFuture<InvocationOutcome> tooLarge = api.invoke("{}".getBytes());
    String id = next().headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();

    HttpResponse<String> rejected =
        post("/invocation/" + id + "/response", new byte[FakeRuntimeApi.MAX_PAYLOAD_BYTES + 1], null);

    assertEquals(413, rejected.statusCode());
    JsonNode body = Json.reader().readTree(rejected.body());
    assertEquals("RequestEntityTooLarge", body.get("errorType").asText());
    assertEquals(
        "Exceeded maximum allowed payload size (6291556 bytes).", body.get("errorMessage").asText());
    InvocationOutcome outcome = done(tooLarge);
    assertTrue(outcome.error());
    assertEquals("Function.ResponseSizeTooLarge", outcome.errorType());

    CompletableFuture<InvocationOutcome> atLimit = api.invoke("{}".getBytes());
    String id2 = next().headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
    assertEquals(
        202,
        post("/invocation/" + id2 + "/response", new byte[FakeRuntimeApi.MAX_PAYLOAD_BYTES], null)
            .statusCode());
    assertEquals(FakeRuntimeApi.MAX_PAYLOAD_BYTES, done(atLimit).body().length);
  }

  @Test
  void initErrorCompletesItsFutureAndFailsWaitingInvocations() throws Exception {
    CompletableFuture<InvocationOutcome> waiting = api.invoke("{}".getBytes());
    byte[] document = "{\"errorMessage\":\"no class\",\"errorType\":\"x\",\"stackTrace\":[]}".getBytes();

    assertEquals(202, post("/init/error", document, "Runtime.NoSuchHandler").statusCode());

    InitError init = api.initError().get(10, TimeUnit.SECONDS);
    assertEquals("Runtime.NoSuchHandler", init.errorType());
    assertArrayEquals(document, init.body());
    InvocationOutcome outcome = done(waiting);
    assertTrue(outcome.error());
    assertEquals("Runtime.NoSuchHandler", outcome.errorType());
    assertArrayEquals(document, outcome.body());
  }

  @Test
  void injectedFailuresAnswer5xxThenServeNormally() throws Exception {
    api.failNextRequests(2, 503);
    api.invoke("{}".getBytes());

    assertEquals(503, next().statusCode());
    assertEquals(503, next().statusCode());
    assertEquals(1, api.queuedInvocations(), "a failed /next consumes no event");
    assertEquals(200, next().statusCode());
    assertThrows(IllegalArgumentException.class, () -> api.failNextRequests(1, 404));
  }

  @Test
  void unknownPathsAndMethodsAreRejected() throws Exception {
    assertEquals(404, post("/invocation/x/other", new byte[0], null).statusCode());
    assertEquals(
        405,
        http.send(
                HttpRequest.newBuilder(uri("/invocation/next"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode());
  }

  @Test
  void closeFailsPendingInvocations() {
    CompletableFuture<InvocationOutcome> pending = api.invoke("{}".getBytes());
    api.close();
    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
    assertTrue(failure.getCause() instanceof IllegalStateException);
    assertThrows(IllegalStateException.class, () -> api.invoke(new byte[0]));
  }
}
