package io.lambdaforge.local.tune;

import java.util.List;
import java.util.Optional;

/**
 * What one memory size measured, durations already multiplied by the calibration factor.
 *
 * @param memoryMb the size
 * @param quotaCores the CPU quota applied (or that would have been), in cores
 * @param throttled whether the quota was really applied
 * @param throttledPeriods CFS periods in which the child was held back, where the cgroup counts them
 * @param initMs JVM start to handler ready (cold start)
 * @param firstMs the first invocation after init
 * @param durationsMs each warm invocation
 * @param errors invocations that threw or timed out (first and warm)
 * @param firstError the first of them, described
 * @param peakRssMb the child's resident-set high-water mark, where the OS reports it
 * @param failure why the child produced no measurement, if it did not
 */
public record SizeResult(
    int memoryMb,
    double quotaCores,
    boolean throttled,
    Optional<Long> throttledPeriods,
    double initMs,
    double firstMs,
    List<Double> durationsMs,
    int errors,
    Optional<String> firstError,
    Optional<Double> peakRssMb,
    Optional<String> failure) {

  public SizeResult {
    durationsMs = List.copyOf(durationsMs);
  }

  /** A size whose child failed before measuring. */
  static SizeResult failed(int memoryMb, double quotaCores, boolean throttled, String why) {
    return new SizeResult(memoryMb, quotaCores, throttled, Optional.empty(), 0, 0, List.of(), 0,
        Optional.empty(), Optional.empty(), Optional.of(why));
  }

  /** Whether it produced warm durations without errors and within its memory. */
  public boolean usable() {
    return failure.isEmpty() && !durationsMs.isEmpty() && errors == 0 && !exceedsMemory();
  }

  /** Whether the peak resident set went past the memory size (Lambda would stop the function). */
  public boolean exceedsMemory() {
    return peakRssMb.map(peak -> peak > memoryMb).orElse(false);
  }

  public double p50() {
    return new Stats(durationsMs).percentile(50);
  }

  public double p90() {
    return new Stats(durationsMs).percentile(90);
  }

  public double p99() {
    return new Stats(durationsMs).percentile(99);
  }

  /** The billed duration of the median invocation: p50 rounded up to 1 ms. */
  public long billedP50Ms() {
    return Stats.billedMs(p50());
  }
}
