package io.lambdaforge.descriptor.cost;

import static io.lambdaforge.descriptor.cost.Fixtures.app;
import static io.lambdaforge.descriptor.cost.Fixtures.cents;
import static io.lambdaforge.descriptor.cost.Fixtures.fn;
import static io.lambdaforge.descriptor.cost.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code FunctionSpec.provisionedConcurrency}: configured all month (730 h), every declared
 * invocation on it. Rates from https://aws.amazon.com/lambda/pricing/ (x86): $0.0000041667 per
 * GB-s of configured concurrency, $0.0000097222 per GB-s of duration while it is enabled.
 */
class DeclaredProvisionedConcurrencyTest {
  private final CostEstimator estimator = new CostEstimator(PricingCatalog.defaults());

  @Test
  void sevenEnvironmentsOf4GbAllMonth() {
    CostEstimate e = estimator.estimate(app(fn("router", 4096, 2_000_000, 280)
        .timeoutSeconds(10).provisionedConcurrency(7)));
    CostLines gross = e.function("router").orElseThrow().monthly().orElseThrow();
    // concurrency: 7 x 4 GB x 2,628,000 s = 73,584,000 GB-s x $0.0000041667 = $306.6024528
    // duration:    2,000,000 x 0.28 s x 4 GB = 2,240,000 GB-s x $0.0000097222 = $21.777728
    // (the duration figure is AWS's own in its "Cyber Monday" example: $21.78)
    assertEquals(0, usd("328.3801808").compareTo(gross.provisionedConcurrency()),
        gross.provisionedConcurrency().toPlainString());
    assertEquals(usd("0.00"), cents(gross.compute()), "no invocation runs on demand");
    // requests 2M x $0.20/1M = $0.40
    assertEquals(usd("328.78"), cents(gross.total()));
  }

  @Test
  void withoutTrafficTheConfiguredConcurrencyIsStillCharged() {
    CostEstimate e = estimator.estimate(app(fn("warm", 1024, 0, 0).provisionedConcurrency(1)));
    // 1 x 1 GB x 2,628,000 s x $0.0000041667 = $10.95
    assertEquals(usd("10.95"),
        cents(e.function("warm").orElseThrow().monthly().orElseThrow().provisionedConcurrency()));
    assertTrue(e.totals().unknownTrafficFunctions().isEmpty());
  }

  @Test
  void anExplicitScheduleOverridesTheDeclaredConcurrency() {
    // AWS's provisioned concurrency example 2, to the cent: $10.08 + $21.78 = $31.86
    CostEstimate e = estimator.estimate(
        app(fn("router", 4096, 2_000_000, 280).provisionedConcurrency(7)),
        Map.of("router", new ProvisionedConcurrency(7, 86_400, 2_000_000, 280)));
    assertEquals(usd("31.86"),
        cents(e.function("router").orElseThrow().monthly().orElseThrow().provisionedConcurrency()));
  }

  @Test
  void theModelRejectsConcurrencyOutside0To900() {
    assertThrows(IllegalArgumentException.class,
        () -> fn("f", 128, 1, 1).provisionedConcurrency(-1).build());
    assertThrows(IllegalArgumentException.class,
        () -> fn("f", 128, 1, 1).provisionedConcurrency(901).build());
  }
}
