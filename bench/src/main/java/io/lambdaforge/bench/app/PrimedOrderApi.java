package io.lambdaforge.bench.app;

import io.lambdaforge.annotations.Body;
import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.Prime;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.annotations.Trigger;

/**
 * {@link OrderApi} with SnapStart, for the priming proxy ({@code io.lambdaforge.bench.priming}):
 * the same logic and bodies, so its adapters carry the generated priming. Its routes are the
 * sample events' paths under {@code /primed} (one application cannot route one path twice); the
 * proxy rewrites the events' paths accordingly.
 */
public class PrimedOrderApi {
  /**
   * The application's own priming, as a user would write it: runs the business logic once on a
   * sample (it has no side effects), so its classes and string concatenation are set up before the
   * snapshot. Only when {@code -Dlambdaforge.bench.primeUserCode=true}, so the proxy can measure the
   * generated priming alone and with this hook.
   */
  @Prime
  static void warmUp() {
    if (Boolean.getBoolean("lambdaforge.bench.primeUserCode")) {
      Orders.place(new OrderRequest("c-0", "SKU-0", 1, true, ""));
    }
  }

  /** HTTP: REST, HTTP API and ALB, as {@link OrderApi#createOrder}. */
  @Function(
      name = "primedCreateOrder",
      memory = 512,
      snapStart = true,
      triggers = {
        @Trigger(source = Source.API_GATEWAY_REST, method = "POST", path = "/primed/path/to/resource"),
        @Trigger(source = Source.API_GATEWAY_HTTP, method = "POST", path = "/primed/my/path"),
        @Trigger(source = Source.ALB, method = "POST", path = "/primed/lambda", priority = 11)
      })
  public OrderReceipt createOrder(@Body OrderRequest order) {
    return Orders.place(order);
  }

  /** Direct (SDK) invoke, as {@link OrderApi#placeOrder}. */
  @Function(name = "primedPlaceOrder", memory = 512, snapStart = true)
  public OrderReceipt placeOrder(OrderRequest order) {
    return Orders.place(order);
  }
}
