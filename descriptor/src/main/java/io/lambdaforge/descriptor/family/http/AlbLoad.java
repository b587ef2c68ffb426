package io.lambdaforge.descriptor.family.http;

import io.lambdaforge.descriptor.pricing.AlbPrices;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Average ALB load over the month, in the units of the LCU dimensions
 * (https://aws.amazon.com/elasticloadbalancing/pricing/).
 *
 * @param newConnectionsPerSecond each request is assumed to open a new connection
 * @param activeConnectionsPerMinute connections open during a minute
 * @param processedGbPerHour request plus response bytes, GB = 2^30 bytes
 * @param ruleEvaluationsPerSecond request rate times the charged rules per request
 */
record AlbLoad(
    BigDecimal newConnectionsPerSecond,
    BigDecimal activeConnectionsPerMinute,
    BigDecimal processedGbPerHour,
    BigDecimal ruleEvaluationsPerSecond) {

  static final MathContext MC = MathContext.DECIMAL128;
  static final AlbLoad NONE =
      new AlbLoad(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  AlbLoad plus(AlbLoad o) {
    return new AlbLoad(newConnectionsPerSecond.add(o.newConnectionsPerSecond),
        activeConnectionsPerMinute.add(o.activeConnectionsPerMinute),
        processedGbPerHour.add(o.processedGbPerHour),
        ruleEvaluationsPerSecond.add(o.ruleEvaluationsPerSecond));
  }

  /** LCUs per hour: the highest of the four dimensions. */
  BigDecimal lcu(AlbPrices.Lcu lcu) {
    return newConnectionsPerSecond.divide(lcu.newConnectionsPerSecond(), MC)
        .max(activeConnectionsPerMinute.divide(lcu.activeConnectionsPerMinute(), MC))
        .max(processedGbPerHour.divide(lcu.processedGbPerHourLambda(), MC))
        .max(ruleEvaluationsPerSecond.divide(lcu.ruleEvaluationsPerSecond(), MC));
  }
}
