package io.lambdaforge.descriptor.measured;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Warm durations measured at one memory size.
 *
 * @param memoryMb the memory size the function ran at, 128..10240
 * @param p50Ms median warm duration in ms (kept to three decimals, microseconds)
 * @param p90Ms 90th percentile warm duration in ms
 * @param invocations how many warm invocations the percentiles come from
 */
public record MeasuredSize(int memoryMb, BigDecimal p50Ms, BigDecimal p90Ms, int invocations) {
  public MeasuredSize {
    if (memoryMb < 128 || memoryMb > 10_240) {
      throw new IllegalArgumentException("memoryMb must be 128..10240, got " + memoryMb);
    }
    if (p50Ms == null || p50Ms.signum() < 0 || p90Ms == null || p90Ms.signum() < 0) {
      throw new IllegalArgumentException("p50Ms and p90Ms must be given and not negative at " + memoryMb + " MB");
    }
    // Microsecond resolution, one scale, so that equal figures are equal records.
    p50Ms = p50Ms.setScale(3, RoundingMode.HALF_UP);
    p90Ms = p90Ms.setScale(3, RoundingMode.HALF_UP);
    if (invocations < 1) {
      throw new IllegalArgumentException("invocations must be >= 1 at " + memoryMb + " MB");
    }
  }
}
