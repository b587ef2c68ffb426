package io.lambdaforge.bench.app;

/**
 * The business logic, shared by every variant (generated, hand-written, managed runtime) so that
 * they differ only in how the event reaches it and the answer leaves it.
 */
public final class Orders {
  private static final long UNIT_PRICE_CENTS = 1299;
  private static final long GIFT_WRAP_CENTS = 250;

  private Orders() {}

  /** Prices an order; a non-positive quantity is the caller's mistake. */
  public static OrderReceipt place(OrderRequest order) {
    if (order.quantity() <= 0) {
      throw new IllegalArgumentException("quantity must be positive, got " + order.quantity());
    }
    long total = order.quantity() * UNIT_PRICE_CENTS + (order.giftWrap() ? GIFT_WRAP_CENTS : 0);
    return new OrderReceipt(order.customerId() + "-" + order.sku(), order.sku(), order.quantity(), total, "ACCEPTED");
  }
}
