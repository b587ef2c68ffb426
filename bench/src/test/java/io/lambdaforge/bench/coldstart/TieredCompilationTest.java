package io.lambdaforge.bench.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.local.tune.LambdaSizing;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The logic of the tiered-compilation benchmark that can be wrong without running a JVM. */
class TieredCompilationTest {
  /** Spawn at 0; cold response at 300 ms; then 1 ms, 1 ms, 0.5 ms, 0.5 ms apart. */
  private static final Timeline TIMELINE =
      new Timeline(new long[] {300_000_000L, 301_000_000L, 302_000_000L, 302_500_000L, 303_000_000L});

  @Test
  void timelineSplitsColdStartWarmTotalsAndSteadyState() {
    assertEquals(4, TIMELINE.after());
    assertEquals(300.0, TIMELINE.coldMillis());
    assertEquals(1.0, TIMELINE.nextMillis(1));
    assertEquals(3.0, TIMELINE.nextMillis(4));
    assertEquals(302.0, TIMELINE.totalMillis(2));
    assertEquals(500.0, TIMELINE.steadyMicros(2)); // the last two: 0.5 ms each
    assertEquals(750.0, TIMELINE.steadyMicros(4));
  }

  @Test
  void timelineRefusesWindowsOutsideItsInvocationsAndUnorderedResponses() {
    assertThrows(IllegalArgumentException.class, () -> TIMELINE.nextMillis(5));
    assertThrows(IllegalArgumentException.class, () -> TIMELINE.steadyMicros(0));
    assertThrows(IllegalArgumentException.class, () -> new Timeline(new long[] {1}));
    assertThrows(IllegalArgumentException.class, () -> new Timeline(new long[] {5, 4}));
  }

  @Test
  void c1OnlyIsLambdasFlagsAndFullTieredDropsOnlyTheStopAtC1() {
    List<String> lambda = LambdaSizing.jvmFlags(512);
    List<String> c1 = Jit.C1_ONLY.jvmOptions(512);
    List<String> full = Jit.FULL_TIERED.jvmOptions(512);
    assertTrue(c1.containsAll(lambda), c1.toString());
    assertTrue(c1.containsAll(List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1")), c1.toString());
    assertFalse(full.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), full.toString());
    assertTrue(full.containsAll(lambda.stream().filter(o -> !o.startsWith("-XX:TieredStopAtLevel")).toList()),
        full.toString());
    assertEquals(lambda.size() - 1, full.size());
  }

  @Test
  void fullTieredCatchesUpAtTheFirstCheckpointFromWhichItStaysLevel() {
    int[] at = {100, 1_000, 10_000};
    // behind, level, ahead: caught up at 1,000
    assertEquals(OptionalInt.of(1_000),
        TieredReport.catchUp(at, new double[] {10, 20, 30}, new double[] {12, 20, 25}));
    // ahead early, behind later, ahead at the end: only the last stretch counts
    assertEquals(OptionalInt.of(10_000),
        TieredReport.catchUp(at, new double[] {10, 20, 30}, new double[] {9, 21, 29}));
    // behind at the end: never
    assertEquals(OptionalInt.empty(),
        TieredReport.catchUp(at, new double[] {10, 20, 30}, new double[] {9, 19, 31}));
    assertThrows(IllegalArgumentException.class,
        () -> TieredReport.catchUp(at, new double[] {1}, new double[] {1, 2, 3}));
  }
}
