package io.lambdaforge.examples.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory store, one per execution environment. A real app would use DynamoDB; the example
 * keeps the focus on the Lambda side.
 */
final class OrderStore {
  /** The order every fresh store holds, so that the README's curl lines find something. */
  static final UUID SAMPLE_ID = UUID.fromString("6f1c2a8e-4b5d-4e8f-9a0b-1c2d3e4f5a6b");

  private final Map<UUID, Order> orders = new ConcurrentHashMap<>();

  static OrderStore seeded() {
    OrderStore store = new OrderStore();
    store.put(new Order(SAMPLE_ID, "acme", "Ada Lovelace",
        List.of(new OrderLine("BOOK-42", 2, new BigDecimal("12.50"))), OrderStatus.OPEN,
        Instant.parse("2026-11-01T09:30:00Z")));
    return store;
  }

  void put(Order order) {
    orders.put(order.id(), order);
  }

  Optional<Order> find(String tenant, UUID id) {
    return Optional.ofNullable(orders.get(id)).filter(order -> order.tenant().equals(tenant));
  }

  boolean remove(String tenant, UUID id) {
    return find(tenant, id).map(order -> orders.remove(id) != null).orElse(false);
  }

  List<Order> list(String tenant, Optional<OrderStatus> status) {
    return orders.values().stream()
        .filter(order -> order.tenant().equals(tenant))
        .filter(order -> status.map(s -> s == order.status()).orElse(true))
        .sorted(Comparator.comparing(Order::createdAt).thenComparing(Order::id))
        .toList();
  }
}
