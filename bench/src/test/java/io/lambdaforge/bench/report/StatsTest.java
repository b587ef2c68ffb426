package io.lambdaforge.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void emptySampleIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
  }
}
