package io.lambdaforge.descriptor.cost;

import static io.lambdaforge.descriptor.cost.Fixtures.app;
import static io.lambdaforge.descriptor.cost.Fixtures.arm;
import static io.lambdaforge.descriptor.cost.Fixtures.cents;
import static io.lambdaforge.descriptor.cost.Fixtures.fn;
import static io.lambdaforge.descriptor.cost.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.descriptor.cost.BudgetCheck.Status;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownTrafficAndBudgetTest {
  private final CostEstimator estimator = new CostEstimator(PricingCatalog.defaults());

  @Test
  void unknownTrafficLeavesMonthlyEmptyButKeepsWorstCasePerMillion() {
    CostEstimate e = estimator.estimate(app(fn("idle", 1024, 0, 0).timeoutSeconds(10)));
    FunctionCost f = e.functions().get(0);
    assertTrue(f.monthly().isEmpty());
    assertTrue(f.worstCaseMonthly().isEmpty());
    assertTrue(f.perMillion().isEmpty());
    // 1M x 10 s x 1 GB x $0.0000166667 + $0.20
    assertEquals(usd("166.87"), cents(f.worstCasePerMillion().total()));
    assertTrue(e.totals().monthly().isEmpty());
    assertEquals(List.of("idle"), e.totals().unknownTrafficFunctions());
  }

  @Test
  void perMillionUsesTheAverageDuration() {
    FunctionCost f = estimator.estimate(app(fn("f", 2048, 5, 100))).functions().get(0);
    // 1M x 0.1 s x 2 GB x $0.0000166667 + $0.20
    assertEquals(usd("3.53"), cents(f.perMillion().orElseThrow().total()));
  }

  @Test
  void worstCaseRunsEveryInvocationToTheTimeout() {
    FunctionCost f = estimator.estimate(app(fn("f", 1024, 1_000_000, 100).timeoutSeconds(3)))
        .functions().get(0);
    assertEquals(usd("50.20"), cents(f.worstCaseMonthly().orElseThrow().total()));
    assertEquals(usd("1.87"), cents(f.monthly().orElseThrow().total()));
  }

  @Test
  void budgetExceededWhenExpectedIsAbove() {
    BudgetCheck c = check(fn("f", 1024, 1_000_000, 100).monthlyBudgetUsd(usd("1.50")));
    assertEquals(Status.EXCEEDED, c.status());
    assertEquals(usd("1.87"), cents(c.expectedUsd().orElseThrow()));
    assertEquals(usd("1.5"), c.budgetUsd());
  }

  @Test
  void budgetWarningWhenOnlyWorstCaseIsAbove() {
    BudgetCheck c = check(fn("f", 1024, 1_000_000, 100).timeoutSeconds(3)
        .monthlyBudgetUsd(usd("10")));
    assertEquals(Status.WORST_CASE_OVER, c.status());
    assertEquals(usd("50.20"), cents(c.worstCaseUsd().orElseThrow()));
  }

  @Test
  void budgetWithinNoBudgetAndUnknownTraffic() {
    assertEquals(Status.WITHIN, check(fn("f", 1024, 1_000_000, 100).timeoutSeconds(1)
        .monthlyBudgetUsd(usd("100"))).status());
    assertEquals(Status.NO_BUDGET, check(fn("f", 1024, 1_000_000, 100)).status());
    assertEquals(Status.TRAFFIC_UNKNOWN,
        check(fn("f", 1024, 0, 0).monthlyBudgetUsd(usd("1"))).status());
  }

  private BudgetCheck check(io.lambdaforge.descriptor.model.FunctionSpec.Builder f) {
    return estimator.estimate(app(f)).functions().get(0).budgetCheck();
  }

  @Test
  void architectureHintShowsTheArm64Saving() {
    FunctionCost x86 = estimator.estimate(app(fn("f", 1024, 1_000_000, 1000))).functions().get(0);
    assertEquals(Architecture.ARM64, x86.architectureHint().alternative());
    // 1,000,000 GB-s x (0.0000133334 - 0.0000166667)
    assertEquals(usd("-3.33"), cents(x86.architectureHint().monthlyDelta().orElseThrow()));
    FunctionCost a = estimator.estimate(app(arm(fn("f", 1024, 1_000_000, 1000))))
        .functions().get(0);
    assertEquals(usd("3.33"), cents(a.architectureHint().monthlyDelta().orElseThrow()));
  }

  @Test
  void vcpuShare() {
    assertEquals(usd("0.07"), CostEstimator.vcpuShare(128));
    assertEquals(usd("1.00"), CostEstimator.vcpuShare(1769));
    assertEquals(usd("6.00"), CostEstimator.vcpuShare(10_240));
  }

  @Test
  void provisionedInvocationsCannotExceedTraffic() {
    var app = app(fn("f", 1024, 10, 100));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        estimator.estimate(app, Map.of("f", new ProvisionedConcurrency(1, 60, 11, 100))));
    assertTrue(e.getMessage().contains("exceed"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () ->
        estimator.estimate(app, Map.of("g", new ProvisionedConcurrency(1, 60, 1, 100))));
  }
}
