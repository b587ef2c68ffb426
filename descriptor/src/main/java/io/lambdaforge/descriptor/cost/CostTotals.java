package io.lambdaforge.descriptor.cost;

import java.util.List;
import java.util.Optional;

/**
 * Account-level totals over the functions with known traffic: the Lambda free tier (1M requests,
 * 400,000 GB-s) applied once, duration tiers priced over the aggregate GB-seconds per
 * architecture, API Gateway tiers over the aggregate requests, one ALB's hourly charge.
 *
 * @param monthly expected monthly totals; empty when no function has known traffic
 * @param worstCaseMonthly the same with every invocation running to its timeout
 * @param unknownTrafficFunctions functions left out because their traffic is unknown
 */
public record CostTotals(
    Optional<CostLines> monthly,
    Optional<CostLines> worstCaseMonthly,
    List<String> unknownTrafficFunctions) {

  public CostTotals {
    unknownTrafficFunctions = List.copyOf(unknownTrafficFunctions);
  }
}
