package io.lambdaforge.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Baseline (a) for API Gateway REST (payload 1.0): see {@link HttpFloor}. */
public final class HandWrittenRestHandler implements RequestStreamHandler {
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    HttpFloor.handle(input, output, false);
  }
}
