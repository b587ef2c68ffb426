package io.lambdaforge.descriptor.measured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.descriptor.model.Architecture;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasuredFileTest {
  static MeasuredFunction quote(String date) {
    return new MeasuredFunction("quote", Architecture.X86_64, date, "Test CPU", true,
        "cgroup v1 cpu.cfs_quota_us", BigDecimal.ONE, List.of(
            new MeasuredSize(1024, new BigDecimal("6.5"), new BigDecimal("7.0"), 50),
            new MeasuredSize(128, new BigDecimal("52.25"), new BigDecimal("60.0"), 50),
            new MeasuredSize(512, new BigDecimal("12.5"), new BigDecimal("14.0"), 50)));
  }

  @Test
  void writesSortedAndReadsBack(@TempDir Path dir) {
    Path file = dir.resolve(MeasuredFile.FILE_NAME);
    MeasuredFile.readOrEmpty(file).with(quote("2026-11-30")).write(file);
    MeasuredFile read = MeasuredFile.read(file);
    assertEquals(quote("2026-11-30"), read.function("quote").orElseThrow());
    assertEquals(List.of(128, 512, 1024),
        read.function("quote").orElseThrow().sizes().stream().map(MeasuredSize::memoryMb).toList());
    // a later run replaces the function's entry and keeps the others
    MeasuredFunction other = new MeasuredFunction("alpha", Architecture.ARM64, "2026-11-29", "Other", false,
        "not CPU-throttled", new BigDecimal("1.5"), List.of(new MeasuredSize(256, BigDecimal.TEN, BigDecimal.TEN, 5)));
    read.with(other).with(quote("2026-12-01")).write(file);
    MeasuredFile again = MeasuredFile.read(file);
    assertEquals(List.of("alpha", "quote"), List.copyOf(again.functions().keySet()));
    assertEquals("2026-12-01", again.function("quote").orElseThrow().measuredOn());
    assertEquals(again.render(), MeasuredFile.read(file).render(), "deterministic");
  }

  @Test
  void interpolatesBetweenMeasuredSizesOnly() {
    MeasuredFunction q = quote("2026-11-30");
    MeasuredDuration exact = q.durationAt(512).orElseThrow();
    assertEquals(0, new BigDecimal("12.5").compareTo(exact.p50Ms()));
    assertEquals(13, exact.averageDurationMs(), "12.5 ms billed at 1 ms is 13");
    assertTrue(!exact.interpolated());
    // 768 MB: 12.5 + (6.5 - 12.5) x (768 - 512) / (1024 - 512) = 12.5 - 3 = 9.5
    MeasuredDuration between = q.durationAt(768).orElseThrow();
    assertEquals(0, new BigDecimal("9.5").compareTo(between.p50Ms()), between.p50Ms().toPlainString());
    assertEquals(10, between.averageDurationMs());
    assertEquals("measured locally on 2026-11-30: p50 9.5 ms at 768 MB, interpolated between 512 MB (12.5 ms)"
        + " and 1024 MB (6.5 ms) (Test CPU, CPU-throttled to Lambda's vCPU share)", between.label());
    // 256 MB: 52.25 + (12.5 - 52.25) x 128 / 384 = 52.25 - 13.25 = 39
    assertEquals(0, new BigDecimal("39").compareTo(q.durationAt(256).orElseThrow().p50Ms()));
    assertTrue(q.durationAt(2048).isEmpty(), "no extrapolation above");
    assertTrue(new MeasuredFunction("x", Architecture.X86_64, "d", "c", false, "t", BigDecimal.ONE,
        List.of(new MeasuredSize(512, BigDecimal.ONE, BigDecimal.ONE, 1))).durationAt(256).isEmpty(), "nor below");
  }

  @Test
  void badFilesNameTheProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(file, "{\"schemaVersion\": 2, \"functions\": []}");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MeasuredFile.read(file)).getMessage()
        .contains("schemaVersion must be 1"));
    Files.writeString(file, "{\"schemaVersion\": 1, \"functions\": [{\"name\": \"q\", \"architecture\": \"x86_64\","
        + " \"measuredOn\": \"d\", \"cpuModel\": \"c\", \"cpuThrottled\": true, \"throttle\": \"t\", \"calibration\": 1,"
        + " \"sizes\": [{\"memoryMb\": 64, \"p50Ms\": 1, \"p90Ms\": 1, \"invocations\": 1}]}]}");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MeasuredFile.read(file)).getMessage()
        .contains("memoryMb must be 128..10240, got 64"));
    Files.writeString(file, "not json");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MeasuredFile.read(file)).getMessage()
        .contains("is not valid JSON"));
  }
}
