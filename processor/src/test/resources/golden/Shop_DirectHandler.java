package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.runtime.internal.codec.JsonBody;
import io.lambdaforge.runtime.internal.core.Priming;
import io.lambdaforge.runtime.internal.core.PrimingContext;
import io.lambdaforge.runtime.internal.sdk.PayloadReader;
import io.lambdaforge.runtime.internal.sdk.PayloadWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Generated;

/**
 * Direct-invoke adapter of function {@code direct}: reads the JSON payload, calls
 * {@code com.acme.Shop#direct}, writes the result as JSON.
 *
 * <p>Lambda handler: {@code com.acme.Shop_DirectHandler::handleRequest}
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class Shop_DirectHandler implements RequestStreamHandler {
  private static final PayloadReader<Shop.Order> PAYLOAD = PayloadReader.of("direct", Shop_DirectHandlerJson.CODEC_0);

  private static final Priming PRIMING = Priming.register("direct", Shop_DirectHandler::prime, Shop::warmUp);

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws
      IOException {
    Shop.Order order = PAYLOAD.read(input);
    Shop.Receipt result;
    if (context == PrimingContext.INSTANCE) {
      // SnapStart priming: a sample result, never the function's method
      result = JsonBody.sampleValue(Shop_DirectHandlerJson.CODEC_1, "{\"orderId\":\"a\",\"totalCents\":1,\"colour\":\"RED\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"colour\":\"RED\",\"tags\":[\"a\"]}]}");
    } else {
      result = Shop.direct(order);
    }
    PayloadWriter.write(output, Shop_DirectHandlerJson.CODEC_1, result);
  }

  /**
   * SnapStart priming: runs before the snapshot, never calls the function's method.
   */
  private static void prime(Priming.Run run) {
    Shop_DirectHandler handler = new Shop_DirectHandler();
    run.step("SDK direct", () -> handler.handleRequest(
        new ByteArrayInputStream("{\"id\":\"00000000-0000-0000-0000-000000000001\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"colour\":\"RED\",\"tags\":[\"a\"]}],\"notes\":{\"key\":1},\"due\":\"1970-01-01\",\"comment\":\"a\",\"rush\":true}".getBytes(StandardCharsets.UTF_8)),
        new ByteArrayOutputStream(), PrimingContext.INSTANCE));
  }
}
