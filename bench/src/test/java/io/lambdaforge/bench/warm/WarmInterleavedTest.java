package io.lambdaforge.bench.warm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.bench.Case;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmInterleavedTest {
  @Test
  void reportsTheMedianOfTheRoundsRatiosNotTheRatioOfMedians() {
    // Ratios 0.80, 1.10, 0.90: median 0.90. Medians of the times, 1,000 / 1,000, would say 1.00x.
    List<double[]> rounds = List.of(new double[] {800, 1_000}, new double[] {1_100, 1_000}, new double[] {1_000, 1_111.2});
    String md = WarmInterleaved.report(List.of(Case.REST), List.of(rounds), 3);

    assertTrue(md.contains("| REST | 1,000 | 1,000 | 0.90x | 0.80x-1.10x | 2 of 3 |"), md);
    assertTrue(md.contains("- REST: 800/1,000 1,100/1,000 1,000/1,111"), md);
  }
}
