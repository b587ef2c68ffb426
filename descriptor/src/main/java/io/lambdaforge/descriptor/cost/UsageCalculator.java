package io.lambdaforge.descriptor.cost;

import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;

/**
 * Turns a function and a traffic scenario into billable {@link Usage}: Lambda's own quantities
 * here, the trigger families' through their cost models ({@link FamilyCosts}; traffic is split
 * evenly across a function's triggers, {@link io.lambdaforge.descriptor.family.TrafficShare}).
 */
final class UsageCalculator {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

  private final PricingCatalog catalog;
  private final int roundingMs;
  private final FamilyCosts families;

  UsageCalculator(PricingCatalog catalog, int roundingMs, FamilyCosts families) {
    this.catalog = catalog;
    this.roundingMs = roundingMs;
    this.families = families;
  }

  /** The families' cost models this calculator asks. */
  FamilyCosts families() {
    return families;
  }

  /** Duration billed for one invocation: rounded up to the billing granularity. */
  long billedMs(long durationMs) {
    return ceilDiv(durationMs, roundingMs) * roundingMs;
  }

  /**
   * Usage of {@code invocations} invocations of {@code f} on {@code architecture}.
   *
   * @param onDemandMs duration of the on-demand invocations
   * @param pc provisioned concurrency or {@code null}; its invocations are part of
   *     {@code invocations}
   * @param pcMs duration of the provisioned invocations
   * @param withFixedShare whether to attribute the function's share of the families' fixed
   *     monthly charges (the ALB hourly charge)
   */
  Usage usage(FunctionSpec f, Architecture architecture, long invocations, long onDemandMs,
      ProvisionedConcurrency pc, long pcMs, boolean withFixedShare) {
    long pcInvocations = pc == null ? 0 : pc.invocations();
    BigDecimal memoryGb = BigDecimal.valueOf(f.memoryMb()).divide(MB_PER_GB);
    BigDecimal onDemandSeconds = BigDecimal.valueOf(invocations - pcInvocations)
        .multiply(BigDecimal.valueOf(billedMs(onDemandMs))).divide(THOUSAND);
    BigDecimal pcSeconds = BigDecimal.valueOf(pcInvocations)
        .multiply(BigDecimal.valueOf(billedMs(pcMs))).divide(THOUSAND);
    int extraStorageMb =
        Math.max(0, f.ephemeralStorageMb() - catalog.lambda().ephemeralStorage().includedMb());
    BigDecimal storageGb = BigDecimal.valueOf(extraStorageMb).divide(MB_PER_GB);
    BigDecimal pcConcurrency = pc == null ? BigDecimal.ZERO
        : BigDecimal.valueOf(pc.concurrency()).multiply(memoryGb)
            .multiply(BigDecimal.valueOf(pc.enabledSeconds()));

    BigDecimal total = BigDecimal.valueOf(invocations);
    return new Usage(architecture, total, onDemandSeconds.multiply(memoryGb),
        onDemandSeconds.add(pcSeconds).multiply(storageGb), pcConcurrency,
        pcSeconds.multiply(memoryGb), families.usage(f, total, withFixedShare));
  }

  private static long ceilDiv(long value, long divisor) {
    return (value + divisor - 1) / divisor;
  }
}
