package io.lambdaforge.bench.warm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.bench.Case;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmInterleavedTest {
  @Test
  void reportsTheMedianOfTheRoundsRatiosNotTheRatioOfMedians() {
    // Ratios 0.80, 1.10, 0.90: median 0.90. Medians of the times, 1,000 / 1,000, would say 1.00x.
    // The forks' means (a slow second in the first round's generated fork) give 1.20, 1.10, 0.90.
    List<double[]> rounds = List.of(new double[] {800, 1_000, 1_200, 1_000}, new double[] {1_100, 1_000, 1_100, 1_000},
        new double[] {1_000, 1_111.2, 1_000, 1_111.2});
    String md = WarmInterleaved.report(List.of(Case.REST), List.of(rounds), 3);

    assertTrue(md.contains("| REST | 1,000 | 1,000 | 0.90x | too few rounds | 0.80x-1.10x | 2 of 3 | 1.10x |"), md);
    assertTrue(md.contains("- REST: 800/1,000 1,100/1,000 1,000/1,111"), md);
  }

  @Test
  void givesTheMedianRatiosSignTestIntervalOnceThereAreEnoughRounds() {
    // ratios 0.91, 0.92, ..., 1.02 (12 rounds): median 0.965 (printed 0.97x); the 95% interval is the
    // 3rd and the 10th, 0.93x and 1.00x
    List<double[]> rounds = new java.util.ArrayList<>();
    for (int r = 0; r < 12; r++) {
      double generated = 910 + 10 * r;
      rounds.add(new double[] {generated, 1_000, generated, 1_000});
    }
    String md = WarmInterleaved.report(List.of(Case.HTTP_API), List.of(rounds), 12);

    assertTrue(md.contains("| 0.97x | 0.93x-1.00x | 0.91x-1.02x | 10 of 12 | 0.97x |"), md);
  }
}
