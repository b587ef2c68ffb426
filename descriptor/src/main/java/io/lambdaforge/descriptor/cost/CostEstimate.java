package io.lambdaforge.descriptor.cost;

import java.util.List;
import java.util.Optional;

/**
 * The cost estimate of an application.
 *
 * @param catalogEffectiveDate effective date of the prices used
 * @param region region of the prices used
 * @param currency currency of every amount
 * @param durationRoundingMs billed duration granularity used (1 ms today, 100 ms before Dec 2020)
 * @param functions per-function estimates in application order
 * @param totals account-level totals
 */
public record CostEstimate(
    String catalogEffectiveDate,
    String region,
    String currency,
    int durationRoundingMs,
    List<FunctionCost> functions,
    CostTotals totals) {

  public CostEstimate {
    functions = List.copyOf(functions);
  }

  /** The estimate of one function. */
  public Optional<FunctionCost> function(String name) {
    return functions.stream().filter(f -> f.functionName().equals(name)).findFirst();
  }
}
