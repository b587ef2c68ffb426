package io.lambdaforge.bench.report;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a sample (nearest-rank percentiles; no assumption of normality). */
public record Stats(int n, double min, double p10, double median, double p90, double max) {

  public static Stats of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return new Stats(sorted.length, sorted[0], rank(sorted, 0.10), median(sorted), rank(sorted, 0.90),
        sorted[sorted.length - 1]);
  }

  /**
   * A distribution-free confidence interval of the median of {@code values}: the order statistics
   * {@code x(k)} and {@code x(n+1-k)}, with {@code k} the largest rank such that a Binomial(n, 1/2)
   * count falls below {@code k} with probability at most {@code (1 - confidence) / 2} (the sign-test
   * interval; it assumes only that the values are independent draws). {@code null} when the sample
   * is too small for any such interval (at 95%, fewer than 6 values).
   */
  public static double[] medianInterval(List<Double> values, double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must lie between 0 and 1: " + confidence);
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    double tail = (1 - confidence) / 2;
    // P(X <= j) for X ~ Binomial(n, 1/2), accumulated while it stays within the tail
    double probability = Math.pow(0.5, n);
    double below = 0;
    int k = 0;
    for (int j = 0; j < n && below + probability <= tail; j++) {
      below += probability;
      k = j + 1; // P(X < k) = P(X <= j) <= tail
      probability = probability * (n - j) / (j + 1);
    }
    return k == 0 ? null : new double[] {sorted[k - 1], sorted[n - k]};
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double rank(double[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
