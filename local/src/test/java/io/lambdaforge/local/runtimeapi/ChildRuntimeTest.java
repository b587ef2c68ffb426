package io.lambdaforge.local.runtimeapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs a hand-written {@code RequestStreamHandler} as Lambda runs it: in a fresh JVM whose only
 * link to the platform is {@code AWS_LAMBDA_RUNTIME_API} — once under AWS's own runtime interface
 * client (aws-lambda-java-runtime-interface-client, with its native part) and once under
 * Lambdaforge's Bootstrap — and checks both against the same expectations.
 */
class ChildRuntimeTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String HANDLER = EchoOrThrowHandler.class.getName();

  private FakeRuntimeApi api;

  @BeforeEach
  void start() throws IOException {
    api = FakeRuntimeApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void awsRuntimeInterfaceClientRunsTheHandler() throws Exception {
    runEchoAndError(RuntimeProcess.AWS_RIC_MAIN, HANDLER + "::handleRequest");
  }

  @Test
  void lambdaforgeBootstrapRunsTheHandler() throws Exception {
    runEchoAndError(RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN, HANDLER + "::handleRequest");
  }

  @Test
  void lambdaforgeBootstrapRecoversFromRuntimeApi5xx() throws Exception {
    api.failNextRequests(2, 503); // its first two calls to /next fail; the default policy retries
    try (RuntimeProcess child = start(RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN, HANDLER)) {
      InvocationOutcome outcome = await(child, api.invoke(bytes("after 503s")));
      assertFalse(outcome.error());
      assertEquals(outcome.requestId() + "|local|after 503s", outcome.bodyAsString());
    }
  }

  @Test
  void lambdaforgeBootstrapExitsWithOneWhenTheRuntimeApiKeepsFailing() throws Exception {
    api.failNextRequests(Integer.MAX_VALUE, 502);
    try (RuntimeProcess child = start(RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN, HANDLER)) {
      assertEquals(Integer.valueOf(1), child.waitFor(WAIT), child.output());
      assertTrue(child.output().contains("failed after 5 attempts; last problem: HTTP 502"),
          child.output());
    }
  }

  /**
   * The default options stop tiered compilation at C1 on the command line, where a {@code
   * JAVA_TOOL_OPTIONS} value cannot override them (the JVM reads that variable before the command
   * line); given options replace them, and the wrapper sees the command before it starts.
   */
  @Test
  void jvmOptionsGoOnTheCommandLineAndWinOverJavaToolOptions() throws Exception {
    Map<String, String> env = Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=4");
    try (RuntimeProcess child = RuntimeProcess.start(RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN,
        HANDLER + "::handleRequest", RuntimeProcess.currentClasspath(), api, env)) {
      assertFalse(await(child, api.invoke(bytes("{}"))).error());
      assertTrue(child.output().matches("(?s).*TieredStopAtLevel += 1 +\\{product\\} \\{command line\\}.*"),
          child.output());
    }
    List<List<String>> seen = new ArrayList<>();
    try (RuntimeProcess child = RuntimeProcess.start(RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN,
        HANDLER + "::handleRequest", RuntimeProcess.currentClasspath(), api, Map.of(),
        List.of("-XX:+UseSerialGC", "-XX:+PrintFlagsFinal"), command -> {
          seen.add(command);
          return command;
        })) {
      assertFalse(await(child, api.invoke(bytes("{}"))).error());
      assertTrue(child.output().matches("(?s).*TieredStopAtLevel += 4 +\\{product\\} \\{default\\}.*"),
          child.output());
      assertTrue(child.toHandle().isAlive());
    }
    assertEquals(1, seen.size());
    assertEquals(List.of("-XX:+UseSerialGC", "-XX:+PrintFlagsFinal"), seen.get(0).subList(1, 3));
  }

  /**
   * The caller sees the same failed invocation from both runtimes, reached two ways: AWS's client
   * stays up and fails each invocation ({@code /invocation/{id}/error}, {@code
   * Runtime.BadFunctionCode}); ours reports {@code /init/error} ({@code Runtime.NoSuchHandler}) and
   * exits, and the Runtime API fails the waiting invocation with that error, as Lambda does.
   */
  @Test
  void missingHandlerClassFailsTheInvocationUnderBothRuntimes() throws Exception {
    String handler = "com.example.Missing::handleRequest";
    try (FakeRuntimeApi ricApi = FakeRuntimeApi.start();
        RuntimeProcess ric = start(RuntimeProcess.AWS_RIC_MAIN, handler, ricApi)) {
      InvocationOutcome outcome = await(ric, ricApi.invoke(bytes("{}")));
      assertClassNotFound(outcome);
      assertEquals("Runtime.BadFunctionCode", outcome.errorType());
      assertFalse(ricApi.initError().isDone());
      assertTrue(ric.isAlive());
    }
    try (RuntimeProcess ours = start(RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN, handler, api)) {
      InvocationOutcome outcome = await(ours, api.invoke(bytes("{}")));
      assertClassNotFound(outcome);
      assertEquals("Runtime.NoSuchHandler", outcome.errorType());
      InitError init = api.initError().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertEquals("Runtime.NoSuchHandler", init.errorType());
      assertEquals(Integer.valueOf(2), ours.waitFor(WAIT), ours.output());
      assertTrue(ours.output().contains("com.example.Missing"), ours.output());
    }
  }

  private static void assertClassNotFound(InvocationOutcome outcome) throws IOException {
    assertTrue(outcome.error(), outcome.bodyAsString());
    JsonNode error = Json.reader().readTree(outcome.body());
    assertEquals("java.lang.ClassNotFoundException", error.get("errorType").asText());
    assertTrue(
        error.get("errorMessage").asText().contains("com.example.Missing"), outcome.bodyAsString());
  }

  /** Echo twice (the loop goes on), then a function error; asserts the wire contract. */
  private void runEchoAndError(String mainClass, String handler) throws Exception {
    try (RuntimeProcess child = start(mainClass, handler)) {
      String event = Files.readString(sharedEvent("apigw-v2-get-no-body-powertools.json"));
      InvocationOutcome first = await(child, api.invoke(event.getBytes(StandardCharsets.UTF_8)));
      InvocationOutcome second = await(child, api.invoke(bytes("{\"n\":2}")));
      InvocationOutcome failed = await(child, api.invoke(bytes("throw:Input must contain 2 numbers.")));

      assertFalse(first.error());
      assertEquals(first.requestId() + "|local|" + event, first.bodyAsString());
      assertEquals(second.requestId() + "|local|{\"n\":2}", second.bodyAsString());

      assertTrue(failed.error());
      assertEquals("Runtime.UserException", failed.errorType());
      JsonNode error = Json.reader().readTree(failed.body());
      assertEquals("Input must contain 2 numbers.", error.get("errorMessage").asText());
      assertEquals("java.lang.IllegalArgumentException", error.get("errorType").asText());
      assertTrue(
          error.get("stackTrace").get(0).asText()
              .startsWith(HANDLER + ".handleRequest(EchoOrThrowHandler.java:"),
          error.toString());
      assertTrue(child.isAlive(), "a function error does not end the runtime");
      assertTrue(child.output().contains("echoing " + first.requestId()), child.output());
    }
  }

  private RuntimeProcess start(String mainClass, String handler) throws IOException {
    return start(mainClass, handler, api);
  }

  private static RuntimeProcess start(String mainClass, String handler, FakeRuntimeApi target)
      throws IOException {
    return RuntimeProcess.start(
        mainClass, handler, RuntimeProcess.currentClasspath(), target, Map.of());
  }

  private static InvocationOutcome await(
      RuntimeProcess child, CompletableFuture<InvocationOutcome> future)
      throws IOException, InterruptedException, ExecutionException {
    try {
      return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "runtime did not answer within " + WAIT + " (alive=" + child.isAlive() + "); output:\n"
              + child.output());
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Path sharedEvent(String name) {
    return Path.of("").toAbsolutePath().resolve("../testdata/events").resolve(name).normalize();
  }
}
