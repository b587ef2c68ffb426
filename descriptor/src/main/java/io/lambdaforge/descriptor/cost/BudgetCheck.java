package io.lambdaforge.descriptor.cost;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A function's estimate compared with its monthly budget. Per-function figures are gross (no free
 * tier), so the check is conservative.
 *
 * @param status the outcome
 * @param budgetUsd the budget, zero when none
 * @param expectedUsd expected monthly cost, empty when traffic is unknown
 * @param worstCaseUsd worst-case monthly cost (every invocation runs to its timeout), empty when
 *     traffic is unknown
 */
public record BudgetCheck(
    Status status, BigDecimal budgetUsd, Optional<BigDecimal> expectedUsd,
    Optional<BigDecimal> worstCaseUsd) {

  /** Outcome of a budget check. */
  public enum Status {
    /** No budget set. */
    NO_BUDGET,
    /** A budget is set but the traffic is unknown, so nothing can be compared. */
    TRAFFIC_UNKNOWN,
    /** Expected and worst case are within the budget. */
    WITHIN,
    /** Expected cost is within the budget but the worst case exceeds it (a warning). */
    WORST_CASE_OVER,
    /** Expected cost exceeds the budget (an error). */
    EXCEEDED
  }

  /** Compares the figures of {@code cost} with its budget. */
  public static BudgetCheck of(FunctionCost cost) {
    BigDecimal budget = cost.monthlyBudgetUsd();
    Optional<BigDecimal> expected = cost.monthly().map(CostLines::total);
    Optional<BigDecimal> worst = cost.worstCaseMonthly().map(CostLines::total);
    Status status;
    if (budget.signum() <= 0) {
      status = Status.NO_BUDGET;
    } else if (expected.isEmpty()) {
      status = Status.TRAFFIC_UNKNOWN;
    } else if (expected.get().compareTo(budget) > 0) {
      status = Status.EXCEEDED;
    } else if (worst.isPresent() && worst.get().compareTo(budget) > 0) {
      status = Status.WORST_CASE_OVER;
    } else {
      status = Status.WITHIN;
    }
    return new BudgetCheck(status, budget, expected, worst);
  }
}
