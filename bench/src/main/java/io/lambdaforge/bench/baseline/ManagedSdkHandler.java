package io.lambdaforge.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.lambdaforge.bench.app.OrderReceipt;
import io.lambdaforge.bench.app.OrderRequest;
import io.lambdaforge.bench.app.Orders;

/** Baseline (b) for direct invoke: a POJO {@code RequestHandler}, (de)serialized by the runtime. */
public final class ManagedSdkHandler implements RequestHandler<OrderRequest, OrderReceipt> {
  @Override
  public OrderReceipt handleRequest(OrderRequest order, Context context) {
    return Orders.place(order);
  }
}
