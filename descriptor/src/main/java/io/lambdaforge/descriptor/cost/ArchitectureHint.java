package io.lambdaforge.descriptor.cost;

import io.lambdaforge.descriptor.model.Architecture;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What switching a function to the other architecture would change (negative = cheaper).
 *
 * @param alternative the other architecture
 * @param monthlyDelta change of the expected monthly cost, empty when traffic is unknown
 * @param worstCasePerMillionDelta change of the cost of one million invocations at the timeout
 */
public record ArchitectureHint(
    Architecture alternative, Optional<BigDecimal> monthlyDelta,
    BigDecimal worstCasePerMillionDelta) {}
