package io.lambdaforge.local.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.tune.LambdaSizing;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@code --isolation jvm}: each execution environment is its own JVM
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html: one environment,
 * one process), sized as Lambda sizes a Java function's heap, and REPORT's Max Memory Used is that
 * JVM's peak resident memory.
 */
class ChildJvmIsolationTest {
  private static LocalLambda app(ByteArrayOutputStream log, int concurrency) {
    return LocalLambda.builder().isolation(ExecutionModel.Mode.JVM).concurrency(concurrency)
        .log(new PrintStream(log, true, StandardCharsets.UTF_8)).build();
  }

  @Test
  void eachFunctionRunsInItsOwnJvmAndSharesNoStatic() {
    try (LocalLambda app = app(new ByteArrayOutputStream(), 10)) {
      Invocation echo = app.invoke("echo", "{\"remember\":\"x\"}");
      assertEquals("x", echo.json().path("note").asText());
      assertEquals("x", app.invoke("echo", "{}").json().path("note").asText(), "a warm environment keeps its statics");
      Invocation worker = app.invoke("worker", "{}");
      assertEquals("", worker.json().path("note").asText());
      long self = ProcessHandle.current().pid();
      long echoPid = echo.json().path("pid").asLong();
      long workerPid = worker.json().path("pid").asLong();
      assertNotEquals(self, echoPid, "the function ran in a child JVM");
      assertNotEquals(echoPid, workerPid, "two functions, two JVMs");
      assertEquals("echo", echo.json().path("function").asText());
    }
  }

  @Test
  void twoConcurrentRequestsRunInTwoJvmsWithTwoInits() throws Exception {
    try (LocalLambda app = app(new ByteArrayOutputStream(), 10)) {
      assertEquals(1, app.inits("worker"));
      app.invoke("worker", "{}");
      assertEquals(1, app.inits("worker"), "a warm JVM is reused");
      CompletableFuture<Invocation> first = CompletableFuture.supplyAsync(() -> app.invoke("worker", "{\"pauseMs\":1500}"));
      CompletableFuture<Invocation> second = CompletableFuture.supplyAsync(() -> app.invoke("worker", "{\"pauseMs\":1500}"));
      assertTrue(first.get().succeeded() && second.get().succeeded(), first.get() + " " + second.get());
      assertEquals(2, app.inits("worker"));
      assertNotEquals(first.get().json().path("pid").asLong(), second.get().json().path("pid").asLong());
      long reportedInits = List.of(first.get(), second.get()).stream()
          .filter(i -> i.report().orElseThrow().initDurationMs().isPresent()).count();
      assertEquals(1, reportedInits, "only the new JVM's first invocation reports Init Duration");
    }
  }

  @Test
  void aTimeoutKillsTheJvmAndTheNextRequestPaysInit() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LocalLambda app = app(log, 10)) {
      long before = app.invoke("sleeper", "{\"remember\":\"before\"}").json().path("pid").asLong();
      Invocation timedOut = app.invoke("sleeper", "{\"sleep\":true}");
      assertTrue(timedOut.timedOut());
      assertEquals("Task timed out after 1.00 seconds", timedOut.errorMessage());
      assertTrue(waitForExit(before), "the timed-out environment's JVM was killed");
      Invocation next = app.invoke("sleeper", "{}");
      assertEquals(2, app.inits("sleeper"), "the next request pays init again");
      assertNotEquals(before, next.json().path("pid").asLong());
      assertEquals("", next.json().path("note").asText(), "a fresh JVM: the old static is gone");
      assertTrue(next.report().orElseThrow().initDurationMs().isPresent());
    }
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("Task timed out after 1.00 seconds"));
  }

  @Test
  void anErrorKillsTheJvm() {
    try (LocalLambda app = app(new ByteArrayOutputStream(), 10)) {
      long before = app.invoke("worker", "{}").json().path("pid").asLong();
      Invocation failed = app.invoke("worker", "{\"error\":\"deep\"}");
      assertFalse(failed.succeeded());
      assertEquals("java.lang.StackOverflowError", failed.errorType());
      assertEquals("deep", failed.errorMessage());
      assertTrue(waitForExit(before));
      assertNotEquals(before, app.invoke("worker", "{}").json().path("pid").asLong());
      assertEquals(2, app.inits("worker"));
    }
  }

  @Test
  void maxMemoryUsedIsTheChildJvmsPeak() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LocalLambda app = app(log, 10)) {
      Invocation held = app.invoke("worker", "{\"holdMb\":64}");
      assertTrue(held.succeeded(), held.toString());
      long childPeakKb = held.json().path("peakKb").asLong();
      long reported = held.report().orElseThrow().maxMemoryUsedMb();
      // The child's own VmHWM, read inside the function, and the REPORT's figure read after it.
      assertTrue(childPeakKb > 64 * 1024, "the child holds 64 MB: " + childPeakKb + " kB");
      assertTrue(reported >= childPeakKb / 1024 && reported <= childPeakKb / 1024 + 16,
          "REPORT's Max Memory Used " + reported + " MB is the child's peak, " + childPeakKb + " kB");
      String text = log.toString(StandardCharsets.UTF_8);
      String line = text.lines().filter(l -> l.startsWith("REPORT RequestId: " + held.report().orElseThrow().requestId()))
          .findFirst().orElseThrow();
      Matcher report = ExecutionModelTest.REPORT.matcher(line);
      assertTrue(report.matches(), line);
      assertEquals(Long.toString(reported), report.group("used"));
      assertTrue(text.contains("sdk invoke of worker"), "the function's log lines reach the tool's log: " + text);
      assertTrue(text.indexOf("sdk invoke of worker") < text.indexOf(line), "inside the invocation, before REPORT");
    }
  }

  @Test
  void theChildsHeapIsSizedFromTheFunctionsMemoryAsLambdaSizesIt() {
    try (LocalLambda app = app(new ByteArrayOutputStream(), 10)) {
      // worker declares 1024 MB: Lambda's Java runtime gives 85% of it to the heap.
      assertTrue(LambdaSizing.jvmFlags(1024).contains("-XX:MaxHeapSize=" + (1024 * 1024 * 85 / 100) + "k"));
      Invocation first = app.invoke("worker", "{}");
      assertEquals(1024, first.json().path("memoryMb").asInt());
      assertTrue(first.report().orElseThrow().maxMemoryUsedMb() > 0);
    }
  }

  @Test
  void sharingAPackageNeedsInProcessIsolation() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExecutionModel.DEFAULT.mode(ExecutionModel.Mode.JVM).share("com.acme.store"));
    assertTrue(e.getMessage().contains("child JVMs share no memory"), e.getMessage());
    assertEquals(ExecutionModel.Mode.JVM, ExecutionModel.Mode.parse("jvm"));
    assertThrows(IllegalArgumentException.class, () -> ExecutionModel.Mode.parse("process"));
  }

  private static boolean waitForExit(long pid) {
    return ProcessHandle.of(pid).map(p -> {
      try {
        p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        return true;
      } catch (Exception e) {
        return false;
      }
    }).orElse(true);
  }
}
