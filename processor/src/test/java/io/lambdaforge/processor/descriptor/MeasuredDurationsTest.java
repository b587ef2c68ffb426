package io.lambdaforge.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.api;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Alambdaforge.measured}: measured p50s replace missing durations, labelled; big gaps get a note. */
class MeasuredDurationsTest {
  /** ping measured at 256 MB (p50 40 ms) and 1024 MB (p50 10 ms) on 2026-11-30, throttled. */
  private static Path measured(Path dir) throws IOException {
    Path file = dir.resolve("lambdaforge-measured.json");
    Files.writeString(file, """
        {
          "schemaVersion": 1,
          "functions": [ {
            "name": "ping", "architecture": "x86_64", "measuredOn": "2026-11-30",
            "cpuModel": "Test CPU", "cpuThrottled": true, "throttle": "cgroup v1 cpu.cfs_quota_us",
            "calibration": 1,
            "sizes": [
              { "memoryMb": 256, "p50Ms": 40, "p90Ms": 44, "invocations": 50 },
              { "memoryMb": 1024, "p50Ms": 10, "p90Ms": 12, "invocations": 50 }
            ]
          } ]
        }
        """);
    return file;
  }

  private static JavaFileObject ping(String traffic, int memory) {
    return api("@Function(memory = " + memory + ", traffic = @Traffic(" + traffic + "))",
        "public static String ping(String in) { return in; }");
  }

  @Test
  void missingDurationIsTheInterpolatedMeasuredP50(@TempDir Path dir) throws IOException {
    Compilation compilation = compile(List.of("-Alambdaforge.measured=" + measured(dir)),
        ping("invocationsPerMonth = 1_000_000", 512));
    assertThat(compilation).succeededWithoutWarnings();
    // 512 MB lies between 256 (40 ms) and 1024 (10 ms): 40 + (10 - 40) x (512 - 256) / (1024 - 256) = 30 ms
    String template = requireFile(compilation, DescriptorAssembler.TEMPLATE);
    assertTrue(template.contains("        Duration:\n          Source: measured locally on 2026-11-30\n"
        + "          AverageDurationMs: 30\n"), template);
    assertTrue(template.contains("interpolated between 256 MB (40 ms) and 1024 MB (10 ms)"), template);
    assertTrue(template.contains("CpuModel: Test CPU"), template);
    assertTrue(template.contains("CpuThrottled: true"), template);
    assertTrue(template.contains("Interpolated: true"), template);
    String json = requireFile(compilation, DescriptorAssembler.FUNCTIONS);
    assertTrue(json.contains("\"averageDurationMs\" : 30,"), json);
    assertTrue(json.contains("\"source\" : \"measured locally on 2026-11-30\""), json);
    String report = requireFile(compilation, DescriptorAssembler.COST_REPORT);
    assertTrue(report.contains("## Measured durations\n\n- ping: averageDurationMs 30, measured locally on 2026-11-30"),
        report);
    // 1,000,000 x 0.030 s x 0.5 GB = 15,000 GB-s x $0.0000166667 = $0.2500005; + $0.20 requests
    assertTrue(json.contains("\"compute\" : 0.2500"), json);
    assertTrue(DescriptorCompilations.notes(compilation).stream().anyMatch(n -> n.contains("ping: averageDurationMs 30")),
        DescriptorCompilations.messages(compilation));
  }

  @Test
  void measuredSizeIsUsedAsIs(@TempDir Path dir) throws IOException {
    Compilation compilation = compile(List.of("-Alambdaforge.measured=" + measured(dir)),
        ping("invocationsPerMonth = 1_000_000", 1024));
    assertThat(compilation).succeededWithoutWarnings();
    String template = requireFile(compilation, DescriptorAssembler.TEMPLATE);
    assertTrue(template.contains("AverageDurationMs: 10\n"), template);
    assertTrue(template.contains("Interpolated: false"), template);
  }

  @Test
  void declaredDurationMoreThanTwiceOffGetsANote(@TempDir Path dir) throws IOException {
    Compilation compilation = compile(List.of("-Alambdaforge.measured=" + measured(dir)),
        ping("invocationsPerMonth = 1_000_000, averageDurationMs = 100", 1024));
    assertThat(compilation).succeededWithoutWarnings();
    List<Diagnostic<? extends JavaFileObject>> notes = withCode(compilation, Diagnostic.Kind.NOTE,
        "LF_DURATION_MEASURED_DIFFERS");
    assertEquals(1, notes.size(), DescriptorCompilations.messages(compilation));
    assertEquals("[LF_DURATION_MEASURED_DIFFERS] function ping declares averageDurationMs = 100, more than"
        + " 2x off its measured locally on 2026-11-30: p50 10 ms at 1024 MB (Test CPU, CPU-throttled to Lambda's"
        + " vCPU share); the estimate uses the declared figure: write averageDurationMs = 10, or remove it to"
        + " estimate at the measured one", notes.get(0).getMessage(null));
    String template = requireFile(compilation, DescriptorAssembler.TEMPLATE);
    assertFalse(template.contains("Duration:"), "the declared figure is used: " + template);
  }

  @Test
  void declaredDurationWithinTwiceGetsNoNote(@TempDir Path dir) throws IOException {
    // 20 ms declared, 10 ms measured: exactly 2x is not more than 2x
    Compilation compilation = compile(List.of("-Alambdaforge.measured=" + measured(dir)),
        ping("invocationsPerMonth = 1_000_000, averageDurationMs = 20", 1024));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(withCode(compilation, Diagnostic.Kind.NOTE, "LF_DURATION_MEASURED_DIFFERS").isEmpty());
  }

  @Test
  void outsideTheMeasuredRangeNothingIsExtrapolated(@TempDir Path dir) throws IOException {
    Compilation compilation = compile(List.of("-Alambdaforge.measured=" + measured(dir)),
        ping("invocationsPerMonth = 1_000_000", 2048));
    assertThat(compilation).failed();
    assertEquals(1, withCode(compilation, Diagnostic.Kind.ERROR, "LF_TRAFFIC_DURATION_MISSING").size());
  }

  @Test
  void badMeasuredFileIsAnOptionError(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\": 1, \"functions\": [{\"name\": \"ping\"}]}");
    Compilation compilation = compile(List.of("-Alambdaforge.measured=" + bad), ping("", 512));
    assertThat(compilation).failed();
    List<Diagnostic<? extends JavaFileObject>> errors = withCode(compilation, Diagnostic.Kind.ERROR, "LF_OPTION_VALUE");
    assertEquals(1, errors.size(), DescriptorCompilations.messages(compilation));
    assertTrue(errors.get(0).getMessage(null).contains("-Alambdaforge.measured=" + bad), errors.get(0).getMessage(null));
    assertTrue(errors.get(0).getMessage(null).contains("sizes must be an array"), errors.get(0).getMessage(null));

    Compilation missing = compile(List.of("-Alambdaforge.measured=" + dir.resolve("nope.json")), ping("", 512));
    assertThat(missing).failed();
    assertTrue(withCode(missing, Diagnostic.Kind.ERROR, "LF_OPTION_VALUE").get(0).getMessage(null)
        .contains("no such file"));
  }
}
