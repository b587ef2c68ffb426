package io.lambdaforge.local.runtimeapi;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The hand-written handler the runtimes run in child JVMs: an event starting with {@code throw:}
 * makes it throw {@code IllegalArgumentException} with the rest as message; any other event is
 * echoed as {@code <requestId>|<functionName>|<event>} so the test also sees the context.
 */
public final class EchoOrThrowHandler implements RequestStreamHandler {
  static final String THROW = "throw:";

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
    if (event.startsWith(THROW)) {
      throw new IllegalArgumentException(event.substring(THROW.length()));
    }
    context.getLogger().log("echoing " + context.getAwsRequestId() + "\n");
    String answer = context.getAwsRequestId() + "|" + context.getFunctionName() + "|" + event;
    output.write(answer.getBytes(StandardCharsets.UTF_8));
  }
}
