package io.lambdaforge.local.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.descriptor.measured.MeasuredFile;
import io.lambdaforge.descriptor.measured.MeasuredFunction;
import io.lambdaforge.local.runtimeapi.RuntimeProcess;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tune} end to end: an application compiled by the real processor, tuned with {@code
 * --write}, then compiled again with {@code -Alambdaforge.measured}: the template's Metadata
 * carries the measured duration with its label. Plus the command line's errors.
 */
class TuneCommandTest {
  private static final String SOURCE = """
      package com.acme;

      import io.lambdaforge.annotations.Function;
      import io.lambdaforge.annotations.Traffic;

      public class Tuned {
        @Function(memory = 512%s)
        public static String work(String in) {
          long x = 1;
          for (int i = 0; i < 200_000; i++) {
            x = x * 31 + i;
          }
          return in + x;
        }
      }
      """;

  private static void compile(Path dir, String traffic, Path classes, String... options) throws IOException {
    Path source = dir.resolve("src/com/acme/Tuned.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE.formatted(traffic));
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        RuntimeProcess.currentClasspath()));
    args.addAll(List.of(options));
    args.add(source.toString());
    int code = javac.run(null, null, err, args.toArray(String[]::new));
    assertEquals(0, code, () -> err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void writeFeedsTheMeasuredDurationIntoTheTemplate(@TempDir Path dir) throws Exception {
    Path classes = dir.resolve("classes");
    // 1. The application as first written: no traffic yet.
    compile(dir, "", classes);
    Path event = dir.resolve("event.json");
    Files.writeString(event, "\"hello\"");
    Path measured = dir.resolve(MeasuredFile.FILE_NAME);
    // 2. Tune at two sizes and write the measured file.
    Cli.Result tuned = Cli.run("tune", "--classpath", classes.toString(), "--function", "work",
        "--event", event.toString(), "--memory", "256,1024", "--invocations", "5", "--json", "--write",
        "--measured-file", measured.toString());
    assertEquals(0, tuned.code(), tuned::toString);
    JsonNode report = Json.reader().readTree(tuned.out());
    assertEquals("work", report.path("function").asText());
    assertEquals(2, report.path("sizes").size(), tuned::toString);
    assertTrue(report.path("sizes").get(0).path("p50Ms").asDouble() > 0, tuned::toString);
    assertEquals(0, report.path("sizes").get(0).path("errors").asInt(), tuned::toString);
    assertTrue(report.path("recommendations").has("cheapest"), tuned::toString);
    assertTrue(report.path("recommendations").has("fastest"), tuned::toString);
    assertTrue(report.path("recommendations").path("balanced").has("score"), tuned::toString);
    assertTrue(report.path("caveat").asText().contains("Lambda's CPUs differ"), tuned::toString);

    MeasuredFunction work = MeasuredFile.read(measured).function("work").orElseThrow();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertEquals(today, work.measuredOn());
    assertEquals(List.of(256, 1024), work.sizes().stream().map(s -> s.memoryMb()).toList());
    long expected = work.durationAt(512).orElseThrow().averageDurationMs();

    // 3. Declare traffic without a duration and compile with the measured file.
    Path again = dir.resolve("classes2");
    compile(dir, ", traffic = @Traffic(invocationsPerMonth = 1_000_000)", again,
        "-Alambdaforge.measured=" + measured);
    String template = Files.readString(again.resolve("META-INF/lambdaforge/template.yaml"));
    assertTrue(template.contains("        Duration:\n          Source: measured locally on " + today + "\n"
        + "          AverageDurationMs: " + expected + "\n"), template);
    assertTrue(template.contains("at 512 MB, interpolated between 256 MB ("), template);
    assertTrue(template.contains("          CpuThrottled: " + work.cpuThrottled() + "\n"), template);
    String functions = Files.readString(again.resolve("META-INF/lambdaforge/functions.json"));
    assertTrue(functions.contains("\"averageDurationMs\" : " + expected + ","), functions);
    cfnLintClean(again.resolve("META-INF/lambdaforge/template.yaml"));
  }

  /** The template with its Duration metadata passes cfn-lint, where cfn-lint is installed (CI requires it). */
  private static void cfnLintClean(Path template) throws IOException, InterruptedException {
    Optional<Path> cfnLint = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, "cfn-lint")).filter(Files::isExecutable).findFirst();
    if (cfnLint.isEmpty()) {
      System.out.println("cfn-lint not on PATH: the template's lint is left to CI");
      return;
    }
    Process lint = new ProcessBuilder(cfnLint.get().toString(), template.toString()).redirectErrorStream(true).start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "cfn-lint did not finish");
    assertEquals(0, lint.exitValue(), () -> "cfn-lint findings:\n" + output);
  }

  @Test
  void badCommandLines() {
    Cli.Result small = Cli.run("tune", "--classpath", Cli.FIXTURE_CLASSPATH, "--function", "echo", "--memory", "64");
    assertEquals(ExitCodes.USAGE, small.code(), small::toString);
    assertTrue(small.err().contains("--memory 64 is outside Lambda's 128..10240 MB"), small::toString);
    Cli.Result weight = Cli.run("tune", "--classpath", Cli.FIXTURE_CLASSPATH, "--function", "echo",
        "--balanced-weight", "2");
    assertEquals(ExitCodes.USAGE, weight.code(), weight::toString);
    assertTrue(weight.err().contains("--balanced-weight must be 0..1, got 2.0"), weight::toString);
    Cli.Result unknown = Cli.run("tune", "--classpath", Cli.FIXTURE_CLASSPATH, "--function", "ech");
    assertEquals(ExitCodes.APP, unknown.code(), unknown::toString);
    assertTrue(unknown.err().contains("unknown function 'ech' (did you mean 'echo'?)"), unknown::toString);
    Cli.Result noEvent = Cli.run("tune", "--classpath", Cli.FIXTURE_CLASSPATH, "--function", "echo",
        "--event", "/no/such/event.json");
    assertEquals(ExitCodes.APP, noEvent.code(), noEvent::toString);
    assertTrue(noEvent.err().contains("event file /no/such/event.json does not exist"), noEvent::toString);
  }
}
