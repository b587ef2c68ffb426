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

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double rank(double[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
