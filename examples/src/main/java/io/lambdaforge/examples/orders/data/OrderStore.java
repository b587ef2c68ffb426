package io.lambdaforge.examples.orders.data;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the orders functions keep orders. Deployed, each function runs in its own execution
 * environments, so the store must live outside them (a DynamoDB table, say); locally {@link
 * InMemoryOrderStore#shared()} stands in for it, shared by the functions on purpose because the
 * local tools are told to share this package ({@code serve --share io.lambdaforge.examples.orders.data},
 * {@code LocalLambda.builder().share("io.lambdaforge.examples.orders.data")}).
 */
public interface OrderStore {
  /** The order every fresh store holds, so that the README's curl lines find something. */
  UUID SAMPLE_ID = UUID.fromString("6f1c2a8e-4b5d-4e8f-9a0b-1c2d3e4f5a6b");

  void put(Order order);

  Optional<Order> find(String tenant, UUID id);

  boolean remove(String tenant, UUID id);

  List<Order> list(String tenant, Optional<OrderStatus> status);
}
