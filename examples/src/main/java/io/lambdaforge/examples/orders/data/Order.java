package io.lambdaforge.examples.orders.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order of one tenant. */
public record Order(
    UUID id, String tenant, String customer, List<OrderLine> lines, OrderStatus status, Instant createdAt) {

  /** The order's total: the sum of quantity times unit price over its lines. */
  public BigDecimal total() {
    return lines.stream()
        .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
