package io.lambdaforge.descriptor.measured;

import io.lambdaforge.descriptor.model.Architecture;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@code tune --write} measured for one function on one machine.
 *
 * @param name the function
 * @param architecture the instruction set of the machine that measured (not necessarily the
 *     function's)
 * @param measuredOn the UTC date of the measurement, ISO-8601 ({@code 2026-12-01})
 * @param cpuModel the measuring machine's CPU model
 * @param cpuThrottled whether every size ran under a CPU quota equal to Lambda's vCPU share
 * @param throttle how it was throttled, or why not
 * @param calibration the factor durations were multiplied by ({@code --calibration}), 1 for none
 * @param sizes the measured sizes, sorted by memory, no size twice
 */
public record MeasuredFunction(
    String name,
    Architecture architecture,
    String measuredOn,
    String cpuModel,
    boolean cpuThrottled,
    String throttle,
    BigDecimal calibration,
    List<MeasuredSize> sizes) {

  public MeasuredFunction {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a measured function needs a name");
    }
    if (architecture == null || measuredOn == null || cpuModel == null || throttle == null
        || calibration == null) {
      throw new IllegalArgumentException("function '" + name
          + "': architecture, measuredOn, cpuModel, throttle and calibration are required");
    }
    List<MeasuredSize> sorted = new ArrayList<>(sizes == null ? List.of() : sizes);
    sorted.sort(Comparator.comparingInt(MeasuredSize::memoryMb));
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("function '" + name + "' has no measured sizes");
    }
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).memoryMb() == sorted.get(i - 1).memoryMb()) {
        throw new IllegalArgumentException(
            "function '" + name + "' has " + sorted.get(i).memoryMb() + " MB twice");
      }
    }
    sizes = List.copyOf(sorted);
  }

  /**
   * The median duration at {@code memoryMb}: the measured p50 when that size was measured,
   * otherwise a straight-line interpolation between the p50s of the nearest measured sizes below
   * and above it; empty outside the measured range (no extrapolation).
   */
  public Optional<MeasuredDuration> durationAt(int memoryMb) {
    MeasuredSize below = null;
    for (MeasuredSize size : sizes) {
      if (size.memoryMb() == memoryMb) {
        return Optional.of(new MeasuredDuration(this, memoryMb, size.p50Ms(), Optional.empty()));
      }
      if (size.memoryMb() < memoryMb) {
        below = size;
      } else if (below != null) {
        // p50 = p50(low) + (p50(high) - p50(low)) * (m - low) / (high - low)
        BigDecimal fraction = BigDecimal.valueOf(memoryMb - below.memoryMb())
            .divide(BigDecimal.valueOf(size.memoryMb() - below.memoryMb()), MathContext.DECIMAL64);
        BigDecimal p50 = below.p50Ms()
            .add(size.p50Ms().subtract(below.p50Ms()).multiply(fraction))
            .setScale(3, RoundingMode.HALF_UP);
        return Optional.of(new MeasuredDuration(this, memoryMb, p50,
            Optional.of(new MeasuredDuration.Between(below, size))));
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code AMD EPYC, CPU-throttled to Lambda's share} or {@code ..., not CPU-throttled}. */
  public String machine() {
    return cpuModel + ", " + (cpuThrottled ? "CPU-throttled to Lambda's vCPU share"
        : "not CPU-throttled: durations understate small sizes")
        + (calibration.compareTo(BigDecimal.ONE) == 0 ? "" : ", calibration x" + calibration.toPlainString());
  }
}
