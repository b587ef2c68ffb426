package io.lambdaforge.local.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles of warm durations, nearest-rank: the smallest value with at least p% at or below it. */
final class Stats {
  private final List<Double> sorted;

  Stats(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no durations");
    }
    List<Double> copy = new ArrayList<>(values);
    Collections.sort(copy);
    this.sorted = List.copyOf(copy);
  }

  /** The p-th percentile, 0 < p <= 100: element {@code ceil(p / 100 * n)} (1-based) of the sorted values. */
  double percentile(double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(1, rank) - 1);
  }

  /** Lambda's billed duration of one invocation: rounded up to the next whole millisecond. */
  static long billedMs(double durationMs) {
    return Math.max(1, (long) Math.ceil(durationMs - 1e-9));
  }
}
