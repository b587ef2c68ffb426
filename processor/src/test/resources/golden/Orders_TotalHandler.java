package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.runtime.internal.sdk.PayloadReader;
import io.lambdaforge.runtime.internal.sdk.PayloadWriter;
import io.lambdaforge.runtime.internal.sdk.Rethrow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Direct-invoke adapter of function {@code total}: reads the JSON payload, calls
 * {@code com.acme.Orders#total}, writes the result as JSON.
 *
 * <p>Lambda handler: {@code com.acme.Orders_TotalHandler::handleRequest}
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class Orders_TotalHandler implements RequestStreamHandler {
  private static final Orders TARGET = new Orders();

  private static final PayloadReader<List<Orders.Line>> PAYLOAD = PayloadReader.of("total", Orders_TotalHandlerJson.CODEC_0);

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws
      IOException {
    List<Orders.Line> input_ = PAYLOAD.read(input);
    Orders.Total result;
    try {
      result = TARGET.total(input_, context);
    } catch (Exception e) {
      throw Rethrow.unchecked(e);
    }
    PayloadWriter.write(output, Orders_TotalHandlerJson.CODEC_1, result);
  }
}
