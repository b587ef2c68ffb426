package io.lambdaforge.examples.orders.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory {@link OrderStore}. {@link #shared()} is one store per class loader of this
 * package: shared by every function when the local tools share the package on purpose, one per
 * execution environment otherwise (as it would be, uselessly, if deployed).
 */
public final class InMemoryOrderStore implements OrderStore {
  private static final InMemoryOrderStore SHARED = seeded();

  private final Map<UUID, Order> orders = new ConcurrentHashMap<>();

  /** The store of this package's class loader, holding the sample order at first. */
  public static OrderStore shared() {
    return SHARED;
  }

  /** A fresh store holding the sample order. */
  public static InMemoryOrderStore seeded() {
    InMemoryOrderStore store = new InMemoryOrderStore();
    store.put(new Order(SAMPLE_ID, "acme", "Ada Lovelace",
        List.of(new OrderLine("BOOK-42", 2, new BigDecimal("12.50"))), OrderStatus.OPEN,
        Instant.parse("2026-11-01T09:30:00Z")));
    return store;
  }

  @Override
  public void put(Order order) {
    orders.put(order.id(), order);
  }

  @Override
  public Optional<Order> find(String tenant, UUID id) {
    return Optional.ofNullable(orders.get(id)).filter(order -> order.tenant().equals(tenant));
  }

  @Override
  public boolean remove(String tenant, UUID id) {
    return find(tenant, id).map(order -> orders.remove(id) != null).orElse(false);
  }

  @Override
  public List<Order> list(String tenant, Optional<OrderStatus> status) {
    return orders.values().stream()
        .filter(order -> order.tenant().equals(tenant))
        .filter(order -> status.map(s -> s == order.status()).orElse(true))
        .sorted(Comparator.comparing(Order::createdAt).thenComparing(Order::id))
        .toList();
  }
}
