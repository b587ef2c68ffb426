package io.lambdaforge.bench.baseline;

import io.lambdaforge.bench.app.OrderRequest;
import io.lambdaforge.bench.app.Orders;
import java.io.IOException;
import java.util.Base64;

/** The body handling of the managed-runtime handlers: the same user code as {@link HttpFloor}'s. */
final class ManagedBody {
  record Answer(int status, String json) {}

  private ManagedBody() {}

  static Answer answer(String body, boolean base64) {
    if (body == null || body.isEmpty()) {
      return new Answer(400, "{\"message\":\"a JSON order body is required\"}");
    }
    try {
      OrderRequest order = base64
          ? UserJson.ORDER.readValue(Base64.getDecoder().decode(body))
          : UserJson.ORDER.readValue(body);
      return new Answer(200, UserJson.RECEIPT.writeValueAsString(Orders.place(order)));
    } catch (IOException | IllegalArgumentException e) {
      return new Answer(400, "{\"message\":\"the body is not an order\"}");
    }
  }
}
