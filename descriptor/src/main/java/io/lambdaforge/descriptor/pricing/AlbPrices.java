package io.lambdaforge.descriptor.pricing;

import java.math.BigDecimal;

/**
 * Application Load Balancer prices.
 *
 * @param hourlyPrice per load-balancer hour
 * @param lcuHourPrice per LCU-hour
 * @param hoursPerMonth hours in a billing month (730)
 * @param lcu what one LCU contains; the hourly LCU count is the highest of the dimensions
 */
public record AlbPrices(
    BigDecimal hourlyPrice, BigDecimal lcuHourPrice, BigDecimal hoursPerMonth, Lcu lcu) {

  public AlbPrices {
    Catalogs.nonNegative(hourlyPrice, "alb.hourlyPrice");
    Catalogs.nonNegative(lcuHourPrice, "alb.lcuHourPrice");
    Catalogs.positive(hoursPerMonth, "alb.hoursPerMonth");
    Catalogs.notNull(lcu, "alb.lcu");
  }

  /** The fixed charge of one load balancer for a month. */
  public BigDecimal monthlyFixed() {
    return hourlyPrice.multiply(hoursPerMonth);
  }

  /**
   * The capacity of one LCU per dimension.
   *
   * @param newConnectionsPerSecond new connections per second
   * @param activeConnectionsPerMinute active connections per minute
   * @param processedGbPerHourEc2 processed GB per hour for EC2/IP targets (for reference)
   * @param processedGbPerHourLambda processed GB per hour for Lambda targets
   * @param ruleEvaluationsPerSecond rule evaluations per second
   * @param freeRules rules per request that are not charged
   */
  public record Lcu(
      BigDecimal newConnectionsPerSecond,
      BigDecimal activeConnectionsPerMinute,
      BigDecimal processedGbPerHourEc2,
      BigDecimal processedGbPerHourLambda,
      BigDecimal ruleEvaluationsPerSecond,
      int freeRules) {
    public Lcu {
      Catalogs.positive(newConnectionsPerSecond, "alb.lcu.newConnectionsPerSecond");
      Catalogs.positive(activeConnectionsPerMinute, "alb.lcu.activeConnectionsPerMinute");
      Catalogs.positive(processedGbPerHourEc2, "alb.lcu.processedGbPerHourEc2");
      Catalogs.positive(processedGbPerHourLambda, "alb.lcu.processedGbPerHourLambda");
      Catalogs.positive(ruleEvaluationsPerSecond, "alb.lcu.ruleEvaluationsPerSecond");
    }
  }
}
