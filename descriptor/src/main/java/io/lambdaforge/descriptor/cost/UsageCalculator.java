package io.lambdaforge.descriptor.cost;

import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns a function and a traffic scenario into billable {@link Usage}.
 *
 * <p>Traffic is split evenly across a function's triggers (a function without triggers is invoked
 * through the SDK only). ALB assumptions: requests are spread evenly over the month's hours, each
 * request opens a new connection that is active for less than a minute, processed bytes are the
 * request plus response bytes, and every request is evaluated against all of the application's
 * listener rules.
 */
final class UsageCalculator {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);
  private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

  private final PricingCatalog catalog;
  private final int roundingMs;
  private final long albRuleCount;
  private final long albFunctionCount;

  UsageCalculator(PricingCatalog catalog, int roundingMs, long albRuleCount,
      long albFunctionCount) {
    this.catalog = catalog;
    this.roundingMs = roundingMs;
    this.albRuleCount = albRuleCount;
    this.albFunctionCount = albFunctionCount;
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
   * @param withAlbFixed whether to attribute the function's share of the ALB hourly charge
   */
  Usage usage(FunctionSpec f, Architecture architecture, long invocations, long onDemandMs,
      ProvisionedConcurrency pc, long pcMs, boolean withAlbFixed) {
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
    int triggerCount = Math.max(1, f.triggers().size());
    BigDecimal rest = share(total, f, TriggerSource.API_GATEWAY_REST, triggerCount);
    BigDecimal http = share(total, f, TriggerSource.API_GATEWAY_HTTP, triggerCount);
    long increment = catalog.apiGateway().httpMeteringIncrementBytes();
    long units = Math.max(1, ceilDiv(f.traffic().averageRequestBytes(), increment));
    BigDecimal alb = share(total, f, TriggerSource.ALB, triggerCount);
    boolean hasAlb = f.triggers().stream().anyMatch(t -> t.source() == TriggerSource.ALB);
    BigDecimal albFixed = withAlbFixed && hasAlb
        ? catalog.alb().monthlyFixed().divide(BigDecimal.valueOf(albFunctionCount), Usage.MC)
        : BigDecimal.ZERO;

    return new Usage(architecture, total, onDemandSeconds.multiply(memoryGb),
        onDemandSeconds.add(pcSeconds).multiply(storageGb), pcConcurrency,
        pcSeconds.multiply(memoryGb), rest, http.multiply(BigDecimal.valueOf(units)),
        albLoad(f, alb), albFixed);
  }

  private Usage.AlbLoad albLoad(FunctionSpec f, BigDecimal albInvocations) {
    if (albInvocations.signum() == 0) {
      return Usage.AlbLoad.NONE;
    }
    BigDecimal hours = catalog.alb().hoursPerMonth();
    BigDecimal perHour = albInvocations.divide(hours, Usage.MC);
    BigDecimal perSecond = perHour.divide(SECONDS_PER_HOUR, Usage.MC);
    BigDecimal perMinute = perHour.divide(MINUTES_PER_HOUR, Usage.MC);
    BigDecimal bytes = BigDecimal.valueOf(
        f.traffic().averageRequestBytes() + f.traffic().averageResponseBytes());
    BigDecimal gbPerHour = perHour.multiply(bytes).divide(BYTES_PER_GB, Usage.MC);
    long chargedRules = Math.max(0, albRuleCount - catalog.alb().lcu().freeRules());
    return new Usage.AlbLoad(perSecond, perMinute, gbPerHour,
        perSecond.multiply(BigDecimal.valueOf(chargedRules)));
  }

  private static long ceilDiv(long value, long divisor) {
    return (value + divisor - 1) / divisor;
  }

  private static BigDecimal share(
      BigDecimal invocations, FunctionSpec f, TriggerSource source, int triggerCount) {
    long count = f.triggers().stream().filter(t -> t.source() == source).count();
    if (count == 0) {
      return BigDecimal.ZERO;
    }
    return invocations.multiply(BigDecimal.valueOf(count))
        .divide(BigDecimal.valueOf(triggerCount), 6, RoundingMode.HALF_UP);
  }
}
