package io.lambdaforge.examples.saga;

import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.annotations.Traffic;
import io.lambdaforge.annotations.Trigger;
import io.lambdaforge.events.stepfunctions.TaskToken;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two steps of an order saga that a Step Functions state machine runs: reserve the stock (its
 * errors named for the state's {@code Retry} and {@code Catch}), then wait for a person to approve a
 * large order (the state waits for the callback token). The generated {@code
 * META-INF/lambdaforge/stepfunctions/reserveStock.asl.json} and {@code requestApproval.asl.json} are
 * the states to copy into the state machine (docs/deploying.md).
 */
public class OrderSaga {
  /** An order line. */
  public record Line(String sku, int quantity) {}

  /** The state input: the order being placed. */
  public record PlaceOrder(String orderId, String customer, List<Line> lines) {}

  /** The task's result: what was reserved. */
  public record Reservation(String orderId, String reservationId, int units) {}

  /** Units on hand per SKU (a stand-in for the inventory table). */
  static final Map<String, Integer> STOCK = new ConcurrentHashMap<>(Map.of("BOOK-7", 40, "LAMP-3", 5, "PEN-1", 1_000));

  /** Approvals waiting for a person: order ID to the token {@code SendTaskSuccess} needs. */
  static final Map<String, TaskToken> PENDING = new ConcurrentHashMap<>();

  /**
   * Reserves every line of the order, all or nothing.
   *
   * @throws OrderRejectedException {@code OrderRejected}: the order has no lines or a quantity under 1
   * @throws StockShortage {@code OutOfStock}: a SKU has fewer units than ordered
   */
  @Function(
      name = "reserveStock",
      memory = 512,
      timeout = 30,
      triggers = @Trigger(source = Source.STEP_FUNCTIONS),
      traffic = @Traffic(invocationsPerMonth = 300_000, averageDurationMs = 60))
  public Reservation reserveStock(PlaceOrder order) throws OrderRejectedException, StockShortage {
    if (order.lines() == null || order.lines().isEmpty()) {
      throw new OrderRejectedException("order " + order.orderId() + " has no lines");
    }
    for (Line line : order.lines()) {
      if (line.quantity() < 1) {
        throw new OrderRejectedException("line " + line.sku() + " of order " + order.orderId() + " has quantity " + line.quantity());
      }
      int onHand = STOCK.getOrDefault(line.sku(), 0);
      if (onHand < line.quantity()) {
        throw new StockShortage(line.sku() + ": " + line.quantity() + " ordered, " + onHand + " on hand");
      }
    }
    int units = 0;
    for (Line line : order.lines()) {
      STOCK.merge(line.sku(), -line.quantity(), Integer::sum);
      units += line.quantity();
    }
    return new Reservation(order.orderId(), "res-" + order.orderId(), units);
  }

  /**
   * Asks a person to approve the order; the execution waits until the approval tool calls {@code
   * SendTaskSuccess} (or {@code SendTaskFailure}) with the token kept here.
   */
  @Function(
      name = "requestApproval",
      timeout = 10,
      triggers = @Trigger(source = Source.STEP_FUNCTIONS),
      traffic = @Traffic(invocationsPerMonth = 20_000, averageDurationMs = 30))
  public void requestApproval(PlaceOrder order, TaskToken token) {
    PENDING.put(order.orderId() == null ? "" : order.orderId(), token);
  }
}
