package io.lambdaforge.local.tune;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A CPU-bound function: a fixed amount of arithmetic per invocation (about 26 ms of CPU here). */
public final class SpinHandler implements RequestStreamHandler {
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    input.readAllBytes();
    long x = 1;
    for (int i = 0; i < 15_000_000; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      x ^= x >>> 29;
    }
    output.write(("{\"x\":" + x + "}").getBytes(StandardCharsets.UTF_8));
  }
}
