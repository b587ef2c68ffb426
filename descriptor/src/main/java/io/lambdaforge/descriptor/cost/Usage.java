package io.lambdaforge.descriptor.cost;

import io.lambdaforge.descriptor.family.FamilyUsage;
import io.lambdaforge.descriptor.model.Architecture;
import java.math.BigDecimal;
import java.util.List;

/**
 * Billable quantities of one function (or of a scenario such as one million invocations), before
 * prices. Quantities are summed across functions for account-level totals.
 *
 * @param families each source family's quantities, in registry order ({@link FamilyCosts})
 */
record Usage(
    Architecture architecture,
    BigDecimal requests,
    BigDecimal onDemandGbSeconds,
    BigDecimal storageGbSeconds,
    BigDecimal pcConcurrencyGbSeconds,
    BigDecimal pcDurationGbSeconds,
    List<FamilyUsage> families) {
}
