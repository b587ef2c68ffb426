package io.lambdaforge.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.bench.app.OrderRequest;
import io.lambdaforge.bench.app.Orders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Baseline (a) for direct invoke: the payload read straight from the stream with a reader
 * resolved once, the receipt written straight to the output stream.
 */
public final class HandWrittenSdkHandler implements RequestStreamHandler {
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    OrderRequest order = UserJson.ORDER.readValue(input);
    UserJson.RECEIPT.writeValue(output, Orders.place(order));
  }
}
