package io.lambdaforge.local.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Lambda's execution model, locally
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html): functions share
 * no statics, one invocation per environment, init once per environment, timeouts discard the
 * environment, the concurrency limit throttles, and REPORT lines read as CloudWatch shows them.
 */
class ExecutionModelTest {
  /**
   * The REPORT line as CloudWatch shows it, written from the example in
   * https://docs.aws.amazon.com/lambda/latest/dg/java-logging.html ({@code REPORT RequestId: ...
   * Duration: 198.50 ms Billed Duration: 200 ms Memory Size: 512 MB Max Memory Used: 83 MB Init
   * Duration: 400.62 ms}, tab-separated); Max Memory Used is optional because class-loader isolation
   * cannot measure it honestly.
   */
  static final Pattern REPORT = Pattern.compile("REPORT RequestId: (?<id>[0-9a-f-]{36})\\tDuration: (?<duration>\\d+\\.\\d{2}) ms"
      + "\\tBilled Duration: (?<billed>\\d+) ms\\tMemory Size: (?<memory>\\d+) MB"
      + "(?:\\tMax Memory Used: (?<used>\\d+) MB)?(?:\\tInit Duration: (?<init>\\d+\\.\\d{2}) ms)?");

  private static LocalLambda app(ByteArrayOutputStream log, int concurrency) {
    return LocalLambda.builder().concurrency(concurrency)
        .log(new PrintStream(log, true, StandardCharsets.UTF_8)).build();
  }

  @Test
  void aStaticWrittenByOneFunctionIsInvisibleToAnother() {
    try (LocalLambda app = app(new ByteArrayOutputStream(), 10)) {
      // echo and worker run the same handler class; each function loads its own copy.
      assertEquals("x", app.invoke("echo", "{\"remember\":\"x\"}").json().path("note").asText());
      assertEquals("x", app.invoke("echo", "{}").json().path("note").asText());
      assertEquals("", app.invoke("worker", "{}").json().path("note").asText());
    }
  }

  @Test
  void withoutIsolationStaticsLeakBetweenFunctions() {
    try (LocalLambda app = LocalLambda.builder().isolation(false).log(new PrintStream(new ByteArrayOutputStream()))
        .build()) {
      app.invoke("echo", "{\"remember\":\"leak\"}");
      assertEquals("leak", app.invoke("worker", "{}").json().path("note").asText());
    }
  }

  @Test
  void twoConcurrentRequestsRunInTwoEnvironmentsWithTwoInits() throws Exception {
    try (LocalLambda app = app(new ByteArrayOutputStream(), 10)) {
      assertEquals(1, app.inits("worker"));
      app.invoke("worker", "{}");
      assertEquals(1, app.inits("worker"), "a warm environment is reused");
      CompletableFuture<Invocation> first = CompletableFuture.supplyAsync(() -> app.invoke("worker", "{\"pauseMs\":500}"));
      CompletableFuture<Invocation> second = CompletableFuture.supplyAsync(() -> app.invoke("worker", "{\"pauseMs\":500}"));
      assertTrue(first.get().succeeded() && second.get().succeeded());
      assertEquals(2, app.inits("worker"));
      long reportedInits = List.of(first.get(), second.get()).stream()
          .filter(i -> i.report().orElseThrow().initDurationMs().isPresent()).count();
      assertEquals(1, reportedInits, "only the new environment's first invocation reports Init Duration");
    }
  }

  @Test
  void aTimeoutDiscardsItsEnvironment() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LocalLambda app = app(log, 10)) {
      app.invoke("sleeper", "{\"remember\":\"before\"}");
      Invocation timedOut = app.invoke("sleeper", "{\"sleep\":true}");
      assertTrue(timedOut.timedOut());
      assertEquals("Task timed out after 1.00 seconds", timedOut.errorMessage());
      Invocation next = app.invoke("sleeper", "{}");
      assertEquals(2, app.inits("sleeper"), "the next request pays init again");
      assertEquals("", next.json().path("note").asText(), "a fresh environment: the old static is gone");
      assertTrue(next.report().orElseThrow().initDurationMs().isPresent());
    }
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("Task timed out after 1.00 seconds"));
  }

  @Test
  void pastTheLimitAnInvocationIsThrottledAsLambdaThrottlesIt() throws Exception {
    try (LocalLambda app = app(new ByteArrayOutputStream(), 1)) {
      CompletableFuture<Invocation> busy = CompletableFuture.supplyAsync(() -> app.invoke("worker", "{\"pauseMs\":800}"));
      Thread.sleep(300);
      Invocation throttled = app.invoke("worker", "{}");
      assertTrue(throttled.throttled());
      assertFalse(throttled.succeeded());
      assertEquals("Rate Exceeded.", throttled.error().path("message").asText());
      assertEquals("ReservedFunctionConcurrentInvocationLimitExceeded", throttled.error().path("Reason").asText());
      assertTrue(throttled.report().isEmpty(), "a throttled invocation does not run");
      assertTrue(busy.get().succeeded());
      assertTrue(app.invoke("worker", "{}").succeeded(), "free again once the environment is idle");
    }
  }

  @Test
  void reportLinesMatchCloudWatchsFormat() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LocalLambda app = app(log, 10)) {
      Invocation first = app.invoke("worker", "{}");
      Invocation second = app.invoke("worker", "{}");
      String text = log.toString(StandardCharsets.UTF_8);
      List<String> reports = text.lines().filter(l -> l.startsWith("REPORT")).toList();
      assertEquals(2, reports.size(), text);
      Matcher cold = REPORT.matcher(reports.get(0));
      assertTrue(cold.matches(), reports.get(0));
      assertEquals(first.report().orElseThrow().requestId(), cold.group("id"));
      assertTrue(text.contains("START RequestId: " + cold.group("id") + " Version: $LATEST"), text);
      assertTrue(text.contains("END RequestId: " + cold.group("id")), text);
      assertTrue(cold.group("init") != null, "the first invocation of an environment reports Init Duration");
      double billedFloor = Double.parseDouble(cold.group("duration")) + Double.parseDouble(cold.group("init"));
      long billed = Long.parseLong(cold.group("billed"));
      assertTrue(billed >= billedFloor && billed < billedFloor + 1.01, reports.get(0));
      Matcher warm = REPORT.matcher(reports.get(1));
      assertTrue(warm.matches(), reports.get(1));
      assertEquals(null, warm.group("init"));
      assertEquals("1024", warm.group("memory"));
      assertEquals(second.report().orElseThrow().billedDurationMs(), Long.parseLong(warm.group("billed")));
      assertTrue(second.report().orElseThrow().allocatedBytes() > 0, "allocated bytes are measured");
    }
  }

  @Test
  void billedDurationRoundsUpToTheMillisecondAndIncludesInit() {
    assertEquals(4, new Report("r", 3_210_000, -1, 512, -1, -1).billedDurationMs());
    assertEquals(1, new Report("r", 10_000, -1, 512, -1, -1).billedDurationMs());
    assertEquals(316, new Report("r", 3_210_000, 312_550_000, 512, -1, -1).billedDurationMs());
    assertEquals("REPORT RequestId: r\tDuration: 3.21 ms\tBilled Duration: 316 ms\tMemory Size: 512 MB"
        + "\tMax Memory Used: 87 MB\tInit Duration: 312.55 ms",
        new Report("r", 3_210_000, 312_550_000, 512, -1, 87).reportLine());
  }
}
