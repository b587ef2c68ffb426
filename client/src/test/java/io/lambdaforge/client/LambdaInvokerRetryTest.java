package io.lambdaforge.client;

import static io.lambdaforge.client.ScriptedLambda.Kind.BAD_GATEWAY;
import static io.lambdaforge.client.ScriptedLambda.Kind.BAD_REQUEST;
import static io.lambdaforge.client.ScriptedLambda.Kind.DROP;
import static io.lambdaforge.client.ScriptedLambda.Kind.FUNCTION_ERROR;
import static io.lambdaforge.client.ScriptedLambda.Kind.HANG;
import static io.lambdaforge.client.ScriptedLambda.Kind.NOT_FOUND;
import static io.lambdaforge.client.ScriptedLambda.Kind.OK;
import static io.lambdaforge.client.ScriptedLambda.Kind.SERVER_ERROR;
import static io.lambdaforge.client.ScriptedLambda.Kind.THROTTLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.client.ScriptedLambda.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** Retries, backoff bounds, deadline and error mapping against a scripted endpoint on 127.0.0.1. */
class LambdaInvokerRetryTest {
  private static final Path EVENTS = Path.of("..", "testdata", "events");

  record Quote(String sku, int cents) {}

  /** Records the requested sleeps and advances a fake clock by them instead of waiting. */
  static final class FakeTime implements Sleeper {
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(long nanos) {
      sleeps.add(nanos);
      now.addAndGet(nanos);
    }
  }

  private static Step step(ScriptedLambda.Kind kind) {
    return Step.of(kind);
  }

  private static LambdaInvoker invoker(LambdaClient client, RetryPolicy policy, FakeTime time) {
    return LambdaInvoker.builder().lambdaClient(client).retryPolicy(policy)
        .sleeper(time).nanoTime(time.now::get).build();
  }

  private static void assertWithinBounds(RetryPolicy policy, List<Long> sleeps) {
    for (int k = 0; k < sleeps.size(); k++) {
      long bound = Math.min(policy.maxDelay().toNanos(), policy.baseDelay().toNanos() << k);
      long delay = sleeps.get(k);
      assertTrue(delay >= 0 && delay < bound, "sleep " + k + " = " + delay + " ns outside [0, " + bound + ")");
    }
  }

  @Test
  void throttledThreeTimesThenSucceedsAfterThreeJitteredSleeps() throws IOException {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).baseDelay(Duration.ofMillis(100))
        .maxDelay(Duration.ofMillis(250)).build();
    FakeTime time = new FakeTime();
    try (ScriptedLambda lambda = new ScriptedLambda(step(THROTTLE), step(THROTTLE), step(THROTTLE), step(OK));
        LambdaClient client = lambda.client()) {
      Quote quote = invoker(client, policy, time).invoke("quote", new Quote("A-1", 250), Quote.class);
      assertEquals(new Quote("A-1", 250), quote);
      assertEquals(4, lambda.requests());
      assertEquals(3, time.sleeps.size());
      assertWithinBounds(policy, time.sleeps);
      assertEquals("/2015-03-31/functions/quote/invocations", lambda.paths().get(0));
    }
  }

  @Test
  void fullJitterUsesTheWholeRangeUpToTheCappedExponentialBound() throws IOException {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(100))
        .maxDelay(Duration.ofMillis(250)).build();
    for (double draw : new double[] {0.0, 0.5, 0.999_999}) {
      FakeTime time = new FakeTime();
      try (ScriptedLambda lambda = new ScriptedLambda(step(THROTTLE), step(SERVER_ERROR), step(THROTTLE),
          step(BAD_GATEWAY), step(OK)); LambdaClient client = lambda.client()) {
        LambdaInvoker invoker = LambdaInvoker.builder().lambdaClient(client).retryPolicy(policy)
            .sleeper(time).nanoTime(time.now::get).random(() -> draw).build();
        invoker.invoke("quote", new Quote("B", 1), Quote.class);
        long[] bounds = {100_000_000L, 200_000_000L, 250_000_000L, 250_000_000L};
        List<Long> expected = new ArrayList<>();
        for (long bound : bounds) {
          expected.add((long) (draw * bound));
        }
        assertEquals(expected, time.sleeps, "draw " + draw);
        assertEquals(5, lambda.requests());
      }
    }
  }

  @Test
  void serverErrorsAreRetried() throws IOException {
    RetryPolicy policy = RetryPolicy.defaults();
    FakeTime time = new FakeTime();
    try (ScriptedLambda lambda = new ScriptedLambda(step(SERVER_ERROR), step(BAD_GATEWAY), step(OK));
        LambdaClient client = lambda.client()) {
      assertEquals(new Quote("C", 3), invoker(client, policy, time).invoke("quote", new Quote("C", 3), Quote.class));
      assertEquals(3, lambda.requests());
      assertEquals(2, time.sleeps.size());
      assertWithinBounds(policy, time.sleeps);
    }
  }

  @Test
  void droppedConnectionsAreRetried() throws IOException {
    RetryPolicy policy = RetryPolicy.defaults();
    FakeTime time = new FakeTime();
    try (ScriptedLambda lambda = new ScriptedLambda(step(DROP), step(DROP), step(OK));
        LambdaClient client = lambda.client()) {
      assertEquals(new Quote("D", 4), invoker(client, policy, time).invoke("quote", new Quote("D", 4), Quote.class));
      assertEquals(3, lambda.requests());
      assertEquals(2, time.sleeps.size());
      assertWithinBounds(policy, time.sleeps);
    }
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheLastFailureAsCause() throws IOException {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).build();
    FakeTime time = new FakeTime();
    try (ScriptedLambda lambda = new ScriptedLambda(step(THROTTLE)); LambdaClient client = lambda.client()) {
      RetriesExhaustedException e = assertThrows(RetriesExhaustedException.class,
          () -> invoker(client, policy, time).invoke("quote", null, Quote.class));
      assertEquals(3, e.attempts());
      assertEquals("quote", e.functionName());
      assertInstanceOf(TooManyRequestsException.class, e.getCause());
      assertEquals(3, lambda.requests());
      assertEquals(2, time.sleeps.size());
    }
  }

  @Test
  void theSdksOwnRetriesAreOffEvenOnAClientBuiltWithThem() throws IOException {
    FakeTime time = new FakeTime();
    try (ScriptedLambda lambda = new ScriptedLambda(step(SERVER_ERROR));
        LambdaClient client = lambda.clientWithSdkDefaults().build()) {
      assertThrows(RetriesExhaustedException.class,
          () -> invoker(client, RetryPolicy.builder().maxAttempts(2).build(), time).invoke("quote", null, Quote.class));
      assertEquals(2, lambda.requests(), "only our two attempts, none of the SDK's");
    }
  }

  @Test
  void aFunctionErrorIsTypedAndNeverRetried() throws IOException {
    String document = Files.readString(EVENTS.resolve("invoke-error-response-java-docs.json"), StandardCharsets.UTF_8);
    FakeTime time = new FakeTime();
    try (ScriptedLambda lambda = new ScriptedLambda(new Step(FUNCTION_ERROR, document));
        LambdaClient client = lambda.client()) {
      FunctionErrorException e = assertThrows(FunctionErrorException.class,
          () -> invoker(client, RetryPolicy.defaults(), time).invoke("divide", Map.of("a", 1), Quote.class));
      assertEquals("java.lang.ArithmeticException", e.errorType());
      assertEquals("/ by zero", e.errorMessage());
      assertEquals("Unhandled", e.functionError());
      assertEquals("divide", e.functionName());
      assertEquals(1, e.attempts());
      assertArrayEquals(document.getBytes(StandardCharsets.UTF_8), e.payload());
      assertEquals(1, lambda.requests());
      assertTrue(time.sleeps.isEmpty());
    }
  }

  @Test
  void aFunctionErrorThatIsNotJsonKeepsTheRawTextAsMessage() throws IOException {
    try (ScriptedLambda lambda = new ScriptedLambda(new Step(FUNCTION_ERROR, "Task timed out after 3.00 seconds"));
        LambdaClient client = lambda.client()) {
      FunctionErrorException e = assertThrows(FunctionErrorException.class,
          () -> LambdaInvoker.create(client).invoke("slow", null, Quote.class));
      assertEquals("", e.errorType());
      assertEquals("Task timed out after 3.00 seconds", e.errorMessage());
    }
  }

  @Test
  void otherClientErrorsAreThrownUnchangedAndNotRetried() throws IOException {
    FakeTime time = new FakeTime();
    try (ScriptedLambda lambda = new ScriptedLambda(step(NOT_FOUND), step(BAD_REQUEST));
        LambdaClient client = lambda.client()) {
      LambdaInvoker invoker = invoker(client, RetryPolicy.defaults(), time);
      ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
          () -> invoker.invoke("nope", null, Quote.class));
      assertEquals(404, missing.statusCode());
      assertEquals(1, lambda.requests());
      assertThrows(InvalidRequestContentException.class, () -> invoker.invoke("quote", null, Quote.class));
      assertEquals(2, lambda.requests());
      assertTrue(time.sleeps.isEmpty());
    }
  }

  @Test
  void aBackoffThatWouldEndPastTheDeadlineGivesUpWithoutSleeping() throws IOException {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(100).baseDelay(Duration.ofMillis(400))
        .maxDelay(Duration.ofMillis(400)).deadline(Duration.ofSeconds(1)).build();
    FakeTime time = new FakeTime();
    try (ScriptedLambda lambda = new ScriptedLambda(step(THROTTLE)); LambdaClient client = lambda.client()) {
      LambdaInvoker invoker = LambdaInvoker.builder().lambdaClient(client).retryPolicy(policy)
          .sleeper(time).nanoTime(time.now::get).random(() -> 0.9).build();
      DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
          () -> invoker.invoke("quote", null, Quote.class));
      // 360 ms per sleep: two fit in the second, the third would end past it.
      assertEquals(List.of(360_000_000L, 360_000_000L), time.sleeps);
      assertEquals(3, e.attempts());
      assertEquals(3, lambda.requests());
      assertInstanceOf(TooManyRequestsException.class, e.getCause());
      assertEquals(Duration.ofSeconds(1), e.deadline());
      assertTrue(e.getMessage().contains("deadline of 1000 ms"), e.getMessage());
    }
  }

  @Test
  void aHangingFunctionIsAbandonedAtTheDeadline() throws IOException {
    RetryPolicy policy = RetryPolicy.builder().deadline(Duration.ofMillis(300)).build();
    try (ScriptedLambda lambda = new ScriptedLambda(step(HANG)); LambdaClient client = lambda.client()) {
      DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
          () -> LambdaInvoker.create(client, policy).invoke("quote", null, Quote.class));
      assertEquals(1, e.attempts());
      assertEquals(1, lambda.requests());
    }
  }

  @Test
  void anAttemptTimeoutShorterThanTheDeadlineIsRetried() throws IOException {
    RetryPolicy policy = RetryPolicy.builder().attemptTimeout(Duration.ofMillis(200))
        .deadline(Duration.ofSeconds(20)).build();
    FakeTime time = new FakeTime();
    try (ScriptedLambda lambda = new ScriptedLambda(step(HANG), step(OK)); LambdaClient client = lambda.client()) {
      LambdaInvoker invoker = LambdaInvoker.builder().lambdaClient(client).retryPolicy(policy).sleeper(time).build();
      assertEquals(new Quote("E", 5), invoker.invoke("quote", new Quote("E", 5), Quote.class));
      assertEquals(2, lambda.requests());
      assertEquals(1, time.sleeps.size());
    }
  }

  @Test
  void functionNamesAreMappedAndPayloadsAreJson() throws IOException {
    try (ScriptedLambda lambda = new ScriptedLambda(step(OK), step(OK), new Step(OK, "null"));
        LambdaClient client = lambda.client()) {
      LambdaInvoker invoker = LambdaInvoker.create(client).withFunctionNames(Map.of("quote", "prod-quote"));
      invoker.invoke("quote", new Quote("F", 6), Quote.class);
      invoker.withFunctionNames(name -> "arn:aws:lambda:us-east-1:123456789012:function:" + name + ":live")
          .invokeVoid("other", java.util.Optional.of(new Quote("G", 7)));
      assertEquals(java.util.Optional.empty(), invoker.invokeOptional("quote", null, Quote.class));
      assertEquals(List.of("/2015-03-31/functions/prod-quote/invocations",
          "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Aother%3Alive/invocations",
          "/2015-03-31/functions/prod-quote/invocations"), lambda.paths());
      assertEquals(List.of("{\"sku\":\"F\",\"cents\":6}", "{\"sku\":\"G\",\"cents\":7}", "null"), lambda.bodies());
    }
  }

  @Test
  void aResultOfTheWrongShapeIsAClearError() throws IOException {
    try (ScriptedLambda lambda = new ScriptedLambda(new Step(OK, "[1,2]")); LambdaClient client = lambda.client()) {
      LambdaInvocationException e = assertThrows(LambdaInvocationException.class,
          () -> LambdaInvoker.create(client).invoke("quote", null, Quote.class));
      assertTrue(e.getMessage().startsWith("the result of quote is not JSON of "), e.getMessage());
    }
  }
}
