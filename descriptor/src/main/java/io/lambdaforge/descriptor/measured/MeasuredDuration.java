package io.lambdaforge.descriptor.measured;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A function's measured median duration at its declared memory, as the cost estimate uses it.
 *
 * @param function what was measured
 * @param memoryMb the declared memory
 * @param p50Ms the median at that memory, measured or interpolated
 * @param between the measured sizes it was interpolated between; empty when measured at that size
 */
public record MeasuredDuration(
    MeasuredFunction function, int memoryMb, BigDecimal p50Ms, Optional<Between> between) {

  /** The two measured sizes an interpolated figure lies between. */
  public record Between(MeasuredSize below, MeasuredSize above) {}

  /**
   * The duration for {@code averageDurationMs}: the median rounded up to whole milliseconds (Lambda
   * bills in 1 ms steps), at least 1.
   */
  public long averageDurationMs() {
    return Math.max(1, p50Ms.setScale(0, RoundingMode.CEILING).longValueExact());
  }

  public boolean interpolated() {
    return between.isPresent();
  }

  /** {@code measured locally on 2026-12-01}. */
  public String source() {
    return "measured locally on " + function.measuredOn();
  }

  /**
   * The full label, e.g. {@code measured locally on 2026-12-01: p50 12.5 ms at 512 MB (AMD EPYC,
   * CPU-throttled to Lambda's vCPU share)}, or for an interpolated figure {@code ...: p50 9.1 ms
   * at 768 MB, interpolated between 512 MB (12.5 ms) and 1024 MB (5.7 ms) (...)}.
   */
  public String label() {
    String figure = "p50 " + p50Ms.stripTrailingZeros().toPlainString() + " ms at " + memoryMb + " MB";
    String how = between
        .map(b -> ", interpolated between " + b.below().memoryMb() + " MB ("
            + b.below().p50Ms().stripTrailingZeros().toPlainString() + " ms) and "
            + b.above().memoryMb() + " MB (" + b.above().p50Ms().stripTrailingZeros().toPlainString() + " ms)")
        .orElse("");
    return source() + ": " + figure + how + " (" + function.machine() + ")";
  }
}
