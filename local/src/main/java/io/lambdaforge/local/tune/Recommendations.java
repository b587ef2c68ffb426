package io.lambdaforge.local.tune;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The three strategies of AWS Lambda Power Tuning
 * (https://github.com/alexcasalboni/aws-lambda-power-tuning, {@code lambda/analyzer.js}), over the
 * usable sizes (no errors, peak memory within the size):
 *
 * <ul>
 *   <li><b>cheapest</b> ({@code cost}): lowest cost per invocation; on a tie, the faster;
 *   <li><b>fastest</b> ({@code speed}): lowest duration; on a tie, the cheaper;
 *   <li><b>balanced</b>: lowest {@code weight * cost / maxCost + (1 - weight) * duration /
 *       maxDuration}, the maxima taken over the candidates; weight 0 is the fastest, 1 the cheapest,
 *       Power Tuning's default 0.5.
 * </ul>
 *
 * Duration is the warm p50, cost the cost per invocation at that p50's billed duration on the
 * function's architecture.
 */
public final class Recommendations {
  private Recommendations() {}

  /** One size's figures as the strategies see them. */
  public record Candidate(int memoryMb, double durationMs, BigDecimal cost) {}

  /** A recommended size and the score that chose it (balanced only). */
  public record Pick(String strategy, Candidate candidate, Optional<Double> score) {}

  public static Optional<Pick> cheapest(List<Candidate> candidates) {
    return candidates.stream()
        .min(Comparator.comparing(Candidate::cost).thenComparingDouble(Candidate::durationMs))
        .map(c -> new Pick("cheapest", c, Optional.empty()));
  }

  public static Optional<Pick> fastest(List<Candidate> candidates) {
    return candidates.stream()
        .min(Comparator.comparingDouble(Candidate::durationMs).thenComparing(Candidate::cost))
        .map(c -> new Pick("fastest", c, Optional.empty()));
  }

  /**
   * The balanced pick.
   *
   * @throws IllegalArgumentException when {@code weight} is outside 0..1
   */
  public static Optional<Pick> balanced(List<Candidate> candidates, double weight) {
    if (weight < 0 || weight > 1 || Double.isNaN(weight)) {
      throw new IllegalArgumentException("the balanced weight must be 0..1, got " + weight);
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal maxCost = candidates.stream().map(Candidate::cost).max(Comparator.naturalOrder()).orElseThrow();
    double maxDuration = candidates.stream().mapToDouble(Candidate::durationMs).max().orElseThrow();
    Candidate best = null;
    double bestScore = Double.POSITIVE_INFINITY;
    for (Candidate c : candidates) {
      double costShare = maxCost.signum() == 0 ? 0
          : c.cost().divide(maxCost, MathContext.DECIMAL64).doubleValue();
      double durationShare = maxDuration == 0 ? 0 : c.durationMs() / maxDuration;
      double score = weight * costShare + (1 - weight) * durationShare;
      if (score < bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return Optional.of(new Pick("balanced", best, Optional.of(bestScore)));
  }
}
