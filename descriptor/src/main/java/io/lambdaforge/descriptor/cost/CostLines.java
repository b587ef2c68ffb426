package io.lambdaforge.descriptor.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * Monthly (or per-million) cost line items in USD, unrounded.
 *
 * @param requests Lambda requests
 * @param compute Lambda on-demand duration (GB-seconds), tiered
 * @param ephemeralStorage ephemeral storage above the included 512 MB
 * @param provisionedConcurrency configured concurrency plus duration while it is enabled
 * @param apiGateway API Gateway requests (REST and HTTP APIs)
 * @param albCapacity ALB load-balancer capacity units (LCU) attributed to this traffic
 * @param albFixed ALB hourly charge: for a function an equal share of the one load balancer, in
 *     totals the whole charge
 * @param freeTier the Lambda free tier (zero or negative); only in totals, applied once
 */
public record CostLines(
    BigDecimal requests,
    BigDecimal compute,
    BigDecimal ephemeralStorage,
    BigDecimal provisionedConcurrency,
    BigDecimal apiGateway,
    BigDecimal albCapacity,
    BigDecimal albFixed,
    BigDecimal freeTier) {

  /** All zero. */
  public static final CostLines ZERO = new CostLines(BigDecimal.ZERO, BigDecimal.ZERO,
      BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
      BigDecimal.ZERO);

  public CostLines {
    for (BigDecimal v : List.of(requests, compute, ephemeralStorage, provisionedConcurrency,
        apiGateway, albCapacity, albFixed, freeTier)) {
      if (v == null) {
        throw new IllegalArgumentException("cost line items must not be null");
      }
    }
  }

  /** The sum of all line items. */
  public BigDecimal total() {
    return items().stream().map(LineItem::usd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The line items in a fixed order, for writers and renderers. */
  public List<LineItem> items() {
    return List.of(
        new LineItem("requests", "Lambda requests", requests),
        new LineItem("compute", "Lambda compute (GB-s)", compute),
        new LineItem("ephemeralStorage", "Ephemeral storage > 512 MB", ephemeralStorage),
        new LineItem("provisionedConcurrency", "Provisioned concurrency", provisionedConcurrency),
        new LineItem("apiGateway", "API Gateway requests", apiGateway),
        new LineItem("albCapacity", "ALB capacity units (LCU)", albCapacity),
        new LineItem("albFixed", "ALB hourly charge (share)", albFixed),
        new LineItem("freeTier", "Lambda free tier", freeTier));
  }

  /**
   * The line items of one function's figure, in {@link #items()} order: without the free tier
   * (applied once, in totals only; always zero for a function, and last in {@link #items()}), the
   * ALB hourly part keyed {@code albFixedShare}.
   */
  public List<LineItem> functionItems() {
    return items().stream()
        .filter(item -> !item.key().equals("freeTier"))
        .map(item -> item.key().equals("albFixed")
            ? new LineItem("albFixedShare", item.label(), item.usd()) : item)
        .toList();
  }

  /** Builds from {@link #items()}-ordered values, as written by the descriptor writers. */
  public static CostLines of(List<BigDecimal> values) {
    if (values.size() != 8) {
      throw new IllegalArgumentException("expected 8 line items, got " + values.size());
    }
    return new CostLines(values.get(0), values.get(1), values.get(2), values.get(3),
        values.get(4), values.get(5), values.get(6), values.get(7));
  }

  /**
   * One line item.
   *
   * @param key stable camelCase key used in the descriptor files
   * @param label human-readable label
   * @param usd amount in USD
   */
  public record LineItem(String key, String label, BigDecimal usd) {}
}
