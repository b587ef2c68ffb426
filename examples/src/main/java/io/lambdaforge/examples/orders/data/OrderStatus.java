package io.lambdaforge.examples.orders.data;

/** Where an order is in its life. */
public enum OrderStatus {
  OPEN,
  PAID,
  SHIPPED,
  CANCELLED
}
