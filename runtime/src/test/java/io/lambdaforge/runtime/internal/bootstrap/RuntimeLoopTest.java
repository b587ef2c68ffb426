package io.lambdaforge.runtime.internal.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuntimeLoopTest {
  private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2));
  private static final long NOW = 1_700_000_000_000L;
  private static final String HANDLERS = TestHandlers.class.getName() + "$";

  private StubRuntimeApi api;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws IOException {
    api = new StubRuntimeApi();
  }

  @AfterEach
  void stop() {
    api.close();
    System.clearProperty(RuntimeLoop.TRACE_HEADER_PROPERTY);
  }

  private Map<String, String> env(String handler) {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_LAMBDA_RUNTIME_API", api.address());
    if (handler != null) {
      env.put("_HANDLER", handler);
    }
    return env;
  }

  private int run(Map<String, String> env, long limit, String... args) {
    return new RuntimeLoop(
            env, FAST, limit, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> NOW)
        .run(args);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void answersTwoInvocationsInOrder() {
    api.event("id-1", "{\"a\":1}").event("id-2", "second");

    assertEquals(0, run(env(HANDLERS + "Echo"), 2));

    assertEquals(
        List.of(
            new StubRuntimeApi.Post("/invocation/id-1/response", null, "echo:{\"a\":1}"),
            new StubRuntimeApi.Post("/invocation/id-2/response", null, "echo:second")),
        api.posts());
  }

  @Test
  void acceptsHandlerWithMethodSuffixAndFromFirstArgument() {
    api.event("id-1", "x").event("id-2", "y");
    assertEquals(0, run(env(HANDLERS + "Echo::handleRequest"), 1));
    assertEquals(0, run(env("com.example.Ignored"), 1, HANDLERS + "Echo"));
    assertEquals("echo:y", api.posts().get(1).body());
  }

  @Test
  void buildsContextFromHeadersAndEnvironment() throws IOException {
    String trace = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";
    api.event(
        "8476a536-e9f4-11e8-9739-2dfe598c3fcd",
        "{}",
        Map.of(
            "Lambda-Runtime-Deadline-Ms", Long.toString(NOW + 2_500),
            "Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime",
            "Lambda-Runtime-Trace-Id", trace,
            "Lambda-Runtime-Aws-Tenant-Id", "tenant-7",
            "Lambda-Runtime-Cognito-Identity",
                "{\"cognitoIdentityId\":\"id\",\"cognitoIdentityPoolId\":\"pool-1\"}",
            "Lambda-Runtime-Client-Context",
                "{\"client\":{\"app_title\":\"Shop\"},\"custom\":{\"k\":\"v\"},\"env\":{}}"));
    Map<String, String> env = env(HANDLERS + "ContextReporter");
    env.put("AWS_LAMBDA_FUNCTION_NAME", "orders-create");
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/orders-create");
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2024/01/01/[$LATEST]abc");

    assertEquals(0, run(env, 1));

    JsonNode seen = Json.reader().readTree(api.posts().get(0).body());
    assertEquals("8476a536-e9f4-11e8-9739-2dfe598c3fcd", seen.get("requestId").asText());
    assertEquals(
        "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime", seen.get("arn").asText());
    assertEquals(2_500, seen.get("remaining").asInt());
    assertEquals("orders-create", seen.get("functionName").asText());
    assertEquals("$LATEST", seen.get("functionVersion").asText());
    assertEquals(512, seen.get("memory").asInt());
    assertEquals("/aws/lambda/orders-create", seen.get("logGroup").asText());
    assertEquals("2024/01/01/[$LATEST]abc", seen.get("logStream").asText());
    assertEquals(trace, seen.get("xray").asText());
    assertEquals(trace, seen.get("traceProperty").asText());
    assertEquals("tenant-7", seen.get("tenant").asText());
    assertEquals("pool-1", seen.get("identityPool").asText());
    assertEquals("Shop", seen.get("appTitle").asText());
    assertEquals("v", seen.get("custom").asText());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("seen 8476a536"), "logger -> stdout");
  }

  @Test
  void contextWithoutOptionalHeaders() throws IOException {
    api.event("id-1", "{}");
    assertEquals(0, run(env(HANDLERS + "ContextReporter"), 1));
    JsonNode seen = Json.reader().readTree(api.posts().get(0).body());
    assertEquals(Integer.MAX_VALUE, seen.get("remaining").asInt());
    assertTrue(seen.get("traceProperty").isNull());
    assertTrue(seen.get("identityPool").isNull());
    assertTrue(seen.get("appTitle").isNull());
    assertEquals(0, seen.get("memory").asInt());
  }

  @Test
  void expiredDeadlineReportsZeroRemaining() throws IOException {
    api.event("id-1", "{}", Map.of("Lambda-Runtime-Deadline-Ms", Long.toString(NOW - 10)));
    assertEquals(0, run(env(HANDLERS + "ContextReporter"), 1));
    assertEquals(0, Json.reader().readTree(api.posts().get(0).body()).get("remaining").asInt());
  }

  @Test
  void functionErrorIsPostedWithTheJavaRuntimeShape() throws IOException {
    api.event("id-1", "bad input").event("id-2", "next");

    assertEquals(0, run(env(HANDLERS + "Throwing"), 2));

    List<StubRuntimeApi.Post> posts = api.posts();
    assertEquals(2, posts.size(), "the loop goes on after a function error");
    StubRuntimeApi.Post post = posts.get(0);
    assertEquals("/invocation/id-1/error", post.path());
    assertEquals("Runtime.UserException", post.errorType());
    JsonNode error = Json.reader().readTree(post.body());
    assertEquals("boom: bad input", error.get("errorMessage").asText());
    assertEquals("java.lang.IllegalStateException", error.get("errorType").asText());
    assertTrue(
        error.get("stackTrace").get(0).asText().contains("TestHandlers$Throwing.handleRequest("),
        error.toString());
    assertTrue(stderr().contains("boom: bad input"), "stack trace is logged");
    ErrorShape.assertSameShapeAsAwsJavaSample(error);
  }

  @Test
  void errorMessageFallsBackToClassName() throws IOException {
    api.event("id-1", "x");
    assertEquals(0, run(env(HANDLERS + "ThrowingWithoutMessage"), 1));
    JsonNode error = Json.reader().readTree(api.posts().get(0).body());
    assertEquals("java.lang.UnsupportedOperationException", error.get("errorMessage").asText());
    assertEquals("java.lang.UnsupportedOperationException", error.get("errorType").asText());
  }

  @Test
  void missingHandlerClassIsAnInitError() throws IOException {
    api.event("id-1", "never read");

    assertEquals(RuntimeLoop.EXIT_INIT_FAILURE, run(env("com.example.DoesNotExist"), 1));

    assertEquals(1, api.posts().size());
    StubRuntimeApi.Post post = api.posts().get(0);
    assertEquals("/init/error", post.path());
    assertEquals("Runtime.NoSuchHandler", post.errorType());
    JsonNode error = Json.reader().readTree(post.body());
    assertEquals("java.lang.ClassNotFoundException", error.get("errorType").asText());
    assertTrue(error.get("errorMessage").asText().contains("com.example.DoesNotExist"));
    assertEquals(0, api.nextRequests(), "no /next after an init error");
    assertTrue(stderr().contains("Runtime.NoSuchHandler"));
  }

  @Test
  void failingConstructorIsBadFunctionCode() throws IOException {
    assertEquals(RuntimeLoop.EXIT_INIT_FAILURE, run(env(HANDLERS + "FailingConstructor"), 1));
    StubRuntimeApi.Post post = api.posts().get(0);
    assertEquals("Runtime.BadFunctionCode", post.errorType());
    JsonNode error = Json.reader().readTree(post.body());
    assertEquals("java.lang.IllegalArgumentException", error.get("errorType").asText());
    assertTrue(error.get("errorMessage").asText().contains("FailingConstructor"));
    assertTrue(error.get("stackTrace").get(0).asText().contains("FailingConstructor.<init>"));
  }

  @Test
  void unusableHandlerClassesAreBadFunctionCode() throws IOException {
    for (String name : List.of("NoDefaultConstructor", "NotAHandler")) {
      assertEquals(RuntimeLoop.EXIT_INIT_FAILURE, run(env(HANDLERS + name), 1), name);
    }
    assertEquals(2, api.posts().size());
    for (StubRuntimeApi.Post post : api.posts()) {
      assertEquals("Runtime.BadFunctionCode", post.errorType());
      assertEquals(
          "Runtime.BadFunctionCode",
          Json.reader().readTree(post.body()).get("errorType").asText());
    }
    assertTrue(api.posts().get(0).body().contains("public no-argument constructor"));
    assertTrue(api.posts().get(1).body().contains("does not implement"));
  }

  @Test
  void malformedOrMissingHandlerNames() {
    assertEquals(RuntimeLoop.EXIT_INIT_FAILURE, run(env(null), 1));
    assertEquals(RuntimeLoop.EXIT_INIT_FAILURE, run(env("not a class"), 1));
    assertEquals(RuntimeLoop.EXIT_INIT_FAILURE, run(env(HANDLERS + "Echo::process"), 1));
    assertEquals(
        List.of("Runtime.NoSuchHandler", "Runtime.MalformedHandlerName", "Runtime.NoSuchHandler"),
        api.posts().stream().map(StubRuntimeApi.Post::errorType).toList());
    assertTrue(api.posts().get(2).body().contains("::handleRequest"), api.posts().get(2).body());
  }

  @Test
  void recoversWhenTheApiAnswers5xxFewerTimesThanTheRetryLimit() {
    api.failNext(2, 503).event("id-1", "ok");

    assertEquals(0, run(env(HANDLERS + "Echo"), 1));

    assertEquals(3, api.nextRequests());
    assertEquals("echo:ok", api.posts().get(0).body());
  }

  @Test
  void givesUpAfterTheRetryLimit() {
    api.failNext(10, 502).event("id-1", "never");

    assertEquals(RuntimeLoop.EXIT_RUNTIME_API_FAILURE, run(env(HANDLERS + "Echo"), 1));

    assertEquals(FAST.attempts(), api.nextRequests());
    assertTrue(stderr().contains("failed after 3 attempts"), stderr());
  }

  @Test
  void containerErrorOnErrorPostExitsWithoutRetrying() {
    api.event("id-1", "x").postStatus(500);

    assertEquals(RuntimeLoop.EXIT_RUNTIME_API_FAILURE, run(env(HANDLERS + "Throwing"), 5));

    assertEquals(1, api.posts().size());
    assertEquals(1, api.nextRequests());
    assertTrue(stderr().contains("container error"), stderr());
  }

  @Test
  void rejectedResponseIsLoggedAndTheLoopGoesOn() {
    api.event("id-1", "x").event("id-2", "y").postStatus(413);

    assertEquals(0, run(env(HANDLERS + "Echo"), 2));

    assertEquals(2, api.posts().size());
    assertTrue(stderr().contains("HTTP 413"), stderr());
  }

  @Test
  void unreachableApiExitsWithOneAfterBackoff() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Map<String, String> env = env(HANDLERS + "Echo");
    env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + closedPort);

    assertEquals(1, run(env, 1));

    assertTrue(stderr().contains("is unusable"), stderr());
    assertTrue(stderr().contains("failed after 3 attempts"), stderr());
  }

  @Test
  void missingRuntimeApiVariableExitsWithOne() {
    Map<String, String> env = env(HANDLERS + "Echo");
    env.remove("AWS_LAMBDA_RUNTIME_API");
    assertEquals(1, run(env, 1));
    assertTrue(stderr().contains("AWS_LAMBDA_RUNTIME_API is not set"));
    assertNull(System.getProperty(RuntimeLoop.TRACE_HEADER_PROPERTY));
  }

  @Test
  void unusableRequestIdIsFatal() {
    api.event("not/a path", "x");
    assertEquals(RuntimeLoop.EXIT_RUNTIME_API_FAILURE, run(env(HANDLERS + "Echo"), 1));
    assertTrue(stderr().contains("without a usable Lambda-Runtime-Aws-Request-Id header: not/a path"),
        stderr());
    assertTrue(api.posts().isEmpty());
  }

  @Test
  void backoffDoublesUpToTheCap() {
    RetryPolicy policy = RetryPolicy.DEFAULT;
    assertEquals(
        List.of(100L, 200L, 400L, 800L, 1600L, 2000L, 2000L),
        List.of(1, 2, 3, 4, 5, 6, 7).stream().map(i -> policy.delayBefore(i).toMillis()).toList());
  }
}
