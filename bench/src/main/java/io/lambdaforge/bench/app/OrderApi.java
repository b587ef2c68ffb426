package io.lambdaforge.bench.app;

import io.lambdaforge.annotations.Body;
import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.annotations.Trigger;

/**
 * The benchmarked application, compiled by the Lambdaforge processor like any user's. The HTTP
 * routes use the paths of the sample events in {@code testdata/events} unchanged (the benchmark only
 * replaces their bodies), hence three different paths for one function.
 */
public class OrderApi {
  /** HTTP: REST (payload 1.0), HTTP API (payload 2.0) and ALB, all answered by one adapter. */
  @Function(
      memory = 512,
      triggers = {
        @Trigger(source = Source.API_GATEWAY_REST, method = "POST", path = "/path/to/resource"),
        @Trigger(source = Source.API_GATEWAY_HTTP, method = "POST", path = "/my/path"),
        @Trigger(source = Source.ALB, method = "POST", path = "/lambda", priority = 10)
      })
  public OrderReceipt createOrder(@Body OrderRequest order) {
    return Orders.place(order);
  }

  /** Direct (SDK) invoke: the payload is the order itself. */
  @Function(memory = 512)
  public OrderReceipt placeOrder(OrderRequest order) {
    return Orders.place(order);
  }
}
