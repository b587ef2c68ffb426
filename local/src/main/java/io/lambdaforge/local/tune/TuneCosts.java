package io.lambdaforge.local.tune;

import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.cost.CostLines;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Lambda cost of one function at one memory size and architecture, by the descriptor's own
 * {@link CostEstimator} (the build's prices and rules, nothing re-implemented): requests, compute
 * (GB-s) and ephemeral storage above 512 MB; API Gateway and ALB charges do not depend on memory
 * and are left out, like AWS Lambda Power Tuning leaves them out. Gross, before the free tier.
 */
public final class TuneCosts {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private final CostEstimator estimator;
  private final PricingCatalog catalog;

  public TuneCosts(PricingCatalog catalog) {
    this.catalog = catalog;
    this.estimator = new CostEstimator(catalog);
  }

  /**
   * Cost at one size.
   *
   * @param perInvocation one invocation of {@code billedMs}
   * @param perMillion one million of them
   * @param monthly the declared {@code @Traffic} invocations per month of them; empty when unknown
   */
  public record SizeCost(Architecture architecture, BigDecimal perInvocation, BigDecimal perMillion,
      Optional<BigDecimal> monthly) {}

  /** {@code function} at {@code memoryMb} on {@code architecture}, every invocation billed {@code billedMs}. */
  public SizeCost cost(FunctionSpec function, int memoryMb, long billedMs, Architecture architecture) {
    long invocations = function.traffic().invocationsPerMonth();
    FunctionSpec sized = new FunctionSpec(function.name(), function.handler(), memoryMb, 900,
        architecture, function.ephemeralStorageMb(), "", Map.of(), List.of(),
        new TrafficSpec(invocations, billedMs, TrafficSpec.DEFAULT_PAYLOAD_BYTES,
            TrafficSpec.DEFAULT_PAYLOAD_BYTES), BigDecimal.ZERO, 0, false);
    FunctionCost cost = estimator.estimate(new Application(Application.DEFAULT_RUNTIME,
        Application.DEFAULT_CODE_URI, catalog.region(), List.of(sized))).functions().get(0);
    BigDecimal perMillion = lambda(cost.perMillion().orElseThrow());
    return new SizeCost(architecture, perMillion.divide(MILLION, MathContext.DECIMAL64), perMillion,
        cost.monthly().map(TuneCosts::lambda));
  }

  private static BigDecimal lambda(CostLines lines) {
    return lines.requests().add(lines.compute()).add(lines.ephemeralStorage());
  }
}
