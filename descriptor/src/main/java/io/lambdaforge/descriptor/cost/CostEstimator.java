package io.lambdaforge.descriptor.cost;

import io.lambdaforge.descriptor.family.SourceFamilies;
import io.lambdaforge.descriptor.family.SourceFamily;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates monthly costs of an {@link Application} from a {@link PricingCatalog}.
 *
 * <p>Rules: billed duration is the average duration rounded up to the granularity (1 ms by
 * default); per-function figures are gross; {@link CostTotals} apply the free tier once and price
 * tiers over aggregates. Each source family prices its own charges ({@link
 * io.lambdaforge.descriptor.family.CostModel}; the ALB assumptions are the HTTP family's).
 */
public final class CostEstimator {
  private static final long MILLION = 1_000_000;
  private static final BigDecimal ONE_VCPU_MB = BigDecimal.valueOf(1769);
  private static final BigDecimal MAX_MB = BigDecimal.valueOf(10_240);
  private static final BigDecimal MAX_VCPU = BigDecimal.valueOf(6);

  private final PricingCatalog catalog;
  private final int roundingMs;
  private final Pricer pricer;

  /** An estimator billing duration at the catalog's granularity (1 ms). */
  public CostEstimator(PricingCatalog catalog) {
    this(catalog, catalog.lambda().billingGranularityMs());
  }

  /**
   * An estimator rounding billed duration up to {@code durationRoundingMs} (use 100 to reproduce
   * pre-December-2020 prices).
   */
  public CostEstimator(PricingCatalog catalog, int durationRoundingMs) {
    if (durationRoundingMs < 1) {
      throw new IllegalArgumentException("duration rounding must be >= 1 ms");
    }
    this.catalog = catalog;
    this.roundingMs = durationRoundingMs;
    this.pricer = new Pricer(catalog);
  }

  /** Estimates {@code app} with on-demand capacity only. */
  public CostEstimate estimate(Application app) {
    return estimate(app, Map.of());
  }

  /**
   * Seconds in a billing month of 730 hours, the month AWS's pricing examples use: a function's
   * declared {@link FunctionSpec#provisionedConcurrency()} is configured all month.
   */
  static final long SECONDS_PER_MONTH = 730L * 3600;

  /**
   * Estimates {@code app}; {@code provisioned} maps function names to provisioned concurrency. A
   * function not in the map with a declared {@link FunctionSpec#provisionedConcurrency()} has that
   * concurrency all month ({@link #SECONDS_PER_MONTH}), with every declared invocation running on
   * it at the declared average duration.
   *
   * @throws IllegalArgumentException if a name is not a function of {@code app} or more
   *     invocations are provisioned than the function's traffic declares
   */
  public CostEstimate estimate(Application app, Map<String, ProvisionedConcurrency> provisioned) {
    for (String name : provisioned.keySet()) {
      if (app.functions().stream().noneMatch(f -> f.name().equals(name))) {
        throw new IllegalArgumentException(
            "provisioned concurrency given for unknown function '" + name + "'");
      }
    }
    UsageCalculator usage =
        new UsageCalculator(catalog, roundingMs, new FamilyCosts(app, catalog));

    List<FunctionCost> functions = new ArrayList<>();
    List<Usage> expected = new ArrayList<>();
    List<Usage> worst = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (FunctionSpec f : app.functions()) {
      ProvisionedConcurrency pc = provisioned.getOrDefault(f.name(), declared(f));
      if (pc != null && pc.invocations() > f.traffic().invocationsPerMonth()) {
        throw new IllegalArgumentException("function '" + f.name() + "': " + pc.invocations()
            + " provisioned invocations exceed the declared traffic of "
            + f.traffic().invocationsPerMonth());
      }
      boolean known = f.traffic().isKnown() || pc != null;
      if (known) {
        expected.add(monthlyUsage(f, f.architecture(), pc, usage, false, false));
        worst.add(monthlyUsage(f, f.architecture(), pc, usage, true, false));
      } else {
        unknown.add(f.name());
      }
      functions.add(functionCost(f, pc, usage, known, app));
    }

    Optional<CostLines> monthlyTotals =
        expected.isEmpty() ? Optional.empty() : Optional.of(totals(expected, usage));
    Optional<CostLines> worstTotals =
        worst.isEmpty() ? Optional.empty() : Optional.of(totals(worst, usage));
    return new CostEstimate(catalog.effectiveDate(), catalog.region(), catalog.currency(),
        roundingMs, functions, new CostTotals(monthlyTotals, worstTotals, unknown),
        SourceFamilies.reportNotes(app));
  }

  /** The provisioned concurrency {@code f} declares, all month; null when it declares none. */
  private static ProvisionedConcurrency declared(FunctionSpec f) {
    return f.isProvisioned()
        ? new ProvisionedConcurrency(f.provisionedConcurrency(), SECONDS_PER_MONTH,
            f.traffic().invocationsPerMonth(), f.traffic().averageDurationMs())
        : null;
  }

  /** Account totals: the free tier once, each family's fixed charges whole (one ALB). */
  private CostLines totals(List<Usage> usages, UsageCalculator usage) {
    return pricer.price(usages, usage.families(), true);
  }

  private FunctionCost functionCost(FunctionSpec f, ProvisionedConcurrency pc,
      UsageCalculator usage, boolean known, Application app) {
    Architecture other =
        f.architecture() == Architecture.X86_64 ? Architecture.ARM64 : Architecture.X86_64;
    Optional<CostLines> monthly = known
        ? Optional.of(monthly(f, f.architecture(), pc, usage, false)) : Optional.empty();
    Optional<CostLines> worstMonthly = known
        ? Optional.of(monthly(f, f.architecture(), pc, usage, true)) : Optional.empty();
    Optional<CostLines> perMillion = f.traffic().averageDurationMs() > 0
        ? Optional.of(perMillion(f, f.architecture(), f.traffic().averageDurationMs(), usage))
        : Optional.empty();
    long timeoutMs = f.timeoutSeconds() * 1000L;
    CostLines worstPerMillion = perMillion(f, f.architecture(), timeoutMs, usage);
    Optional<BigDecimal> monthlyDelta = known
        ? Optional.of(monthly(f, other, pc, usage, false).total().subtract(monthly.get().total()))
        : Optional.empty();
    BigDecimal perMillionDelta =
        perMillion(f, other, timeoutMs, usage).total().subtract(worstPerMillion.total());
    return new FunctionCost(f.name(), f.architecture(), f.memoryMb(), monthly, perMillion,
        worstPerMillion, worstMonthly, new ArchitectureHint(other, monthlyDelta, perMillionDelta),
        vcpuShare(f.memoryMb()), f.monthlyBudgetUsd(), known ? frontDoors(f, app) : Optional.empty());
  }

  /** The front-door comparison of the first family that has one for {@code f}. */
  private Optional<FrontDoorCosts> frontDoors(FunctionSpec f, Application app) {
    for (SourceFamily family : SourceFamilies.all()) {
      Optional<FrontDoorCosts> doors = family.frontDoors(f, app, catalog);
      if (doors.isPresent()) {
        return doors;
      }
    }
    return Optional.empty();
  }

  private CostLines monthly(FunctionSpec f, Architecture architecture, ProvisionedConcurrency pc,
      UsageCalculator usage, boolean worstCase) {
    return pricer.price(List.of(monthlyUsage(f, architecture, pc, usage, worstCase, true)),
        usage.families(), false);
  }

  /**
   * Usage of the declared traffic at the average durations, or with every invocation running to
   * the timeout when {@code worstCase}; {@code withAlbFixed} adds the function's share of the ALB
   * hourly charge (per-function figures; the totals add the whole charge once).
   */
  private static Usage monthlyUsage(FunctionSpec f, Architecture architecture,
      ProvisionedConcurrency pc, UsageCalculator usage, boolean worstCase, boolean withAlbFixed) {
    long timeoutMs = f.timeoutSeconds() * 1000L;
    long onDemandMs = worstCase ? timeoutMs : f.traffic().averageDurationMs();
    long pcMs = worstCase ? timeoutMs : pc == null ? 0 : pc.averageDurationMs();
    return usage.usage(f, architecture, f.traffic().invocationsPerMonth(), onDemandMs, pc, pcMs,
        withAlbFixed);
  }

  private CostLines perMillion(
      FunctionSpec f, Architecture architecture, long durationMs, UsageCalculator usage) {
    return pricer.price(List.of(usage.usage(f, architecture, MILLION, durationMs, null, 0, false)),
        usage.families(), false);
  }

  /** vCPUs for a memory size: linear to 1 at 1769 MB, then linear to 6 at 10240 MB. */
  static BigDecimal vcpuShare(int memoryMb) {
    BigDecimal mb = BigDecimal.valueOf(memoryMb);
    if (mb.compareTo(ONE_VCPU_MB) <= 0) {
      return mb.divide(ONE_VCPU_MB, 2, RoundingMode.HALF_UP);
    }
    BigDecimal extra = mb.subtract(ONE_VCPU_MB).multiply(MAX_VCPU.subtract(BigDecimal.ONE))
        .divide(MAX_MB.subtract(ONE_VCPU_MB), 2, RoundingMode.HALF_UP);
    return BigDecimal.ONE.add(extra).setScale(2, RoundingMode.HALF_UP);
  }
}
