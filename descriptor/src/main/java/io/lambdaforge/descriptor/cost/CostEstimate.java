package io.lambdaforge.descriptor.cost;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    CostTotals totals,
    List<String> notes) {

  public CostEstimate {
    functions = List.copyOf(functions);
    notes = List.copyOf(notes);
  }

  /** An estimate without the source families' report notes. */
  public CostEstimate(String catalogEffectiveDate, String region, String currency,
      int durationRoundingMs, List<FunctionCost> functions, CostTotals totals) {
    this(catalogEffectiveDate, region, currency, durationRoundingMs, functions, totals, List.of());
  }

  /** The estimate of one function. */
  public Optional<FunctionCost> function(String name) {
    return functions.stream().filter(f -> f.functionName().equals(name)).findFirst();
  }

  /**
   * Every function's estimate by name (the first one for a repeated name, as {@link #function}),
   * for writers that look up every function: one pass instead of a search per function.
   */
  public Map<String, FunctionCost> byName() {
    Map<String, FunctionCost> byName = new HashMap<>();
    for (FunctionCost f : functions) {
      byName.putIfAbsent(f.functionName(), f);
    }
    return byName;
  }
}
