package io.lambdaforge.descriptor.cost;

import io.lambdaforge.descriptor.model.Architecture;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The cost estimate of one function. All figures are gross: the free tier is applied only once,
 * in {@link CostTotals}.
 *
 * @param functionName the function
 * @param architecture its architecture
 * @param memoryMb its memory
 * @param monthly expected monthly cost from the declared traffic; empty when unknown
 * @param perMillion one million invocations at the average duration (no ALB hourly share, no
 *     provisioned concurrency); empty when the average duration is unknown
 * @param worstCasePerMillion one million invocations that all run to the timeout
 * @param worstCaseMonthly the declared traffic with every invocation running to the timeout
 * @param architectureHint the difference the other architecture would make
 * @param vcpuShare vCPUs the memory buys (1 at 1769 MB, 6 at 10240 MB, linear in between)
 * @param monthlyBudgetUsd the budget, zero for none
 * @param frontDoors the monthly cost of each HTTP front door that could serve the function's
 *     routes; empty for a function without HTTP triggers or without known traffic
 */
public record FunctionCost(
    String functionName,
    Architecture architecture,
    int memoryMb,
    Optional<CostLines> monthly,
    Optional<CostLines> perMillion,
    CostLines worstCasePerMillion,
    Optional<CostLines> worstCaseMonthly,
    ArchitectureHint architectureHint,
    BigDecimal vcpuShare,
    BigDecimal monthlyBudgetUsd,
    Optional<FrontDoorCosts> frontDoors) {

  /** An estimate without a front-door comparison. */
  public FunctionCost(String functionName, Architecture architecture, int memoryMb,
      Optional<CostLines> monthly, Optional<CostLines> perMillion, CostLines worstCasePerMillion,
      Optional<CostLines> worstCaseMonthly, ArchitectureHint architectureHint, BigDecimal vcpuShare,
      BigDecimal monthlyBudgetUsd) {
    this(functionName, architecture, memoryMb, monthly, perMillion, worstCasePerMillion,
        worstCaseMonthly, architectureHint, vcpuShare, monthlyBudgetUsd, Optional.empty());
  }

  /** The expected monthly total, empty when traffic is unknown. */
  public Optional<BigDecimal> monthlyTotal() {
    return monthly.map(CostLines::total);
  }

  /** This estimate compared with the budget. */
  public BudgetCheck budgetCheck() {
    return BudgetCheck.of(this);
  }
}
