package io.lambdaforge.local.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Costs and recommendations against figures computed by hand from the bundled us-east-1 prices
 * (https://aws.amazon.com/lambda/pricing/: $0.20 per 1M requests; $0.0000166667 per GB-s x86_64,
 * $0.0000133334 arm64, first tier) and Power Tuning's strategies.
 */
class RecommendationsAndCostsTest {
  private static final TuneCosts COSTS = new TuneCosts(PricingCatalog.defaults());

  private static void assertUsd(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual.toPlainString());
  }

  @Test
  void x86At128MbFor100Ms() {
    FunctionSpec f = FunctionSpec.builder("f", "a.B::handleRequest").traffic(TrafficSpec.of(2_000_000, 1)).build();
    TuneCosts.SizeCost cost = COSTS.cost(f, 128, 100, Architecture.X86_64);
    // compute: 0.1 s x 0.125 GB = 0.0125 GB-s x 0.0000166667 = 0.00000020833375 (166667 x 125 = 20833375)
    // request: 0.20 / 1,000,000 = 0.0000002
    // per invocation: 0.00000040833375; per million: 0.40833375
    assertUsd("0.00000040833375", cost.perInvocation());
    assertUsd("0.40833375", cost.perMillion());
    // month of 2,000,000: requests 0.40 + 25,000 GB-s x 0.0000166667 = 0.4166675 -> 0.8166675
    assertUsd("0.8166675", cost.monthly().orElseThrow());
  }

  @Test
  void arm64At1024MbFor10MsWithUnknownTraffic() {
    FunctionSpec f = FunctionSpec.builder("f", "a.B::handleRequest").build();
    TuneCosts.SizeCost cost = COSTS.cost(f, 1024, 10, Architecture.ARM64);
    // compute: 0.01 s x 1 GB x 0.0000133334 = 0.000000133334; + request 0.0000002 = 0.000000333334
    assertUsd("0.000000333334", cost.perInvocation());
    assertUsd("0.333334", cost.perMillion());
    assertTrue(cost.monthly().isEmpty(), "no @Traffic, no monthly figure");
  }

  private static final List<Recommendations.Candidate> SIZES = List.of(
      new Recommendations.Candidate(128, 400, new BigDecimal("0.0000008")),
      new Recommendations.Candidate(512, 100, new BigDecimal("0.0000010")),
      new Recommendations.Candidate(1024, 60, new BigDecimal("0.0000012")));

  @Test
  void cheapestAndFastest() {
    assertEquals(128, Recommendations.cheapest(SIZES).orElseThrow().candidate().memoryMb());
    assertEquals(1024, Recommendations.fastest(SIZES).orElseThrow().candidate().memoryMb());
  }

  @Test
  void balancedAtHalfWeight() {
    // maxCost 0.0000012, maxDuration 400; score = 0.5 x cost/maxCost + 0.5 x duration/maxDuration
    // 128:  0.5 x 0.8/1.2 + 0.5 x 400/400 = 0.333333 + 0.5   = 0.833333
    // 512:  0.5 x 1.0/1.2 + 0.5 x 100/400 = 0.416667 + 0.125 = 0.541667  <- lowest
    // 1024: 0.5 x 1.2/1.2 + 0.5 x  60/400 = 0.5      + 0.075 = 0.575
    Recommendations.Pick pick = Recommendations.balanced(SIZES, 0.5).orElseThrow();
    assertEquals(512, pick.candidate().memoryMb());
    assertEquals(0.541667, pick.score().orElseThrow(), 0.000001);
  }

  @Test
  void balancedWeightsAtTheEnds() {
    // weight 1: cost only -> 128 (0.8/1.2 = 0.666667); weight 0: duration only -> 1024 (60/400 = 0.15)
    assertEquals(128, Recommendations.balanced(SIZES, 1).orElseThrow().candidate().memoryMb());
    assertEquals(0.666667, Recommendations.balanced(SIZES, 1).orElseThrow().score().orElseThrow(), 0.000001);
    assertEquals(1024, Recommendations.balanced(SIZES, 0).orElseThrow().candidate().memoryMb());
    assertEquals(0.15, Recommendations.balanced(SIZES, 0).orElseThrow().score().orElseThrow(), 0.000001);
    assertThrows(IllegalArgumentException.class, () -> Recommendations.balanced(SIZES, 1.5));
  }

  @Test
  void tiesGoToTheFasterOrTheCheaper() {
    List<Recommendations.Candidate> tied = List.of(
        new Recommendations.Candidate(256, 50, new BigDecimal("0.000001")),
        new Recommendations.Candidate(512, 25, new BigDecimal("0.000001")),
        new Recommendations.Candidate(1024, 25, new BigDecimal("0.000002")));
    assertEquals(512, Recommendations.cheapest(tied).orElseThrow().candidate().memoryMb());
    assertEquals(512, Recommendations.fastest(tied).orElseThrow().candidate().memoryMb());
  }

  @Test
  void percentilesAreNearestRankAndBillingRoundsUp() {
    Stats stats = new Stats(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0));
    // sorted 1..10: p50 = element ceil(5) = 5; p90 = element 9 = 9; p99 = element ceil(9.9) = 10
    assertEquals(5.0, stats.percentile(50));
    assertEquals(9.0, stats.percentile(90));
    assertEquals(10.0, stats.percentile(99));
    assertEquals(13, Stats.billedMs(12.01));
    assertEquals(12, Stats.billedMs(12.0));
    assertEquals(1, Stats.billedMs(0.2));
  }
}
