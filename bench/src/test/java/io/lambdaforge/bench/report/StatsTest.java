package io.lambdaforge.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void nearestRankPercentilesAndMedianOfAnUnsortedSample() {
    Stats s = Stats.of(List.of(9.0, 1.0, 5.0, 3.0, 7.0, 2.0, 8.0, 4.0, 10.0, 6.0));
    assertEquals(10, s.n());
    assertEquals(1.0, s.min());
    assertEquals(1.0, s.p10());
    assertEquals(5.5, s.median());
    assertEquals(9.0, s.p90());
    assertEquals(10.0, s.max());
  }

  @Test
  void oddSampleMedianIsTheMiddleValue() {
    assertEquals(3.0, Stats.of(List.of(5.0, 1.0, 3.0)).median());
  }

  @Test
  void medianIntervalIsTheSignTestsOrderStatistics() {
    // Binomial(24, 1/2): P(X <= 6) = 0.0113 and P(X <= 7) = 0.0320, so at 95% k = 7: x(7) and x(18)
    List<Double> ranks = new java.util.ArrayList<>();
    for (int i = 24; i >= 1; i--) {
      ranks.add((double) i);
    }
    assertArrayEquals(new double[] {7, 18}, Stats.medianInterval(ranks, 0.95));
    // Binomial(6, 1/2): P(X = 0) = 1/64 <= 0.025 < P(X <= 1) = 7/64, so the extremes
    assertArrayEquals(new double[] {1, 6}, Stats.medianInterval(List.of(3.0, 1.0, 6.0, 2.0, 5.0, 4.0), 0.95));
    // Binomial(5, 1/2): P(X = 0) = 1/32 > 0.025: no 95% interval from five values
    assertNull(Stats.medianInterval(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 0.95));
    // Binomial(12, 1/2): P(X <= 2) = 79/4096 = 0.0193, P(X <= 3) = 0.073: x(3) and x(10)
    List<Double> twelve = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0);
    assertArrayEquals(new double[] {3, 10}, Stats.medianInterval(twelve, 0.95));
  }

  @Test
  void emptySampleIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
  }
}
