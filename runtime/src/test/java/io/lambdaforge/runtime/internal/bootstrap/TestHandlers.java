package io.lambdaforge.runtime.internal.bootstrap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Handlers the bootstrap loads by name in its tests. */
public final class TestHandlers {
  private TestHandlers() {}

  /** Writes {@code echo:} followed by the event. */
  public static final class Echo implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context)
        throws IOException {
      out.write("echo:".getBytes(StandardCharsets.UTF_8));
      in.transferTo(out);
    }
  }

  /** Writes what it sees of the context as JSON, and logs a line. */
  public static final class ContextReporter implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context)
        throws IOException {
      context.getLogger().log("seen " + context.getAwsRequestId() + "\n");
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("requestId", context.getAwsRequestId());
      node.put("arn", context.getInvokedFunctionArn());
      node.put("remaining", context.getRemainingTimeInMillis());
      node.put("functionName", context.getFunctionName());
      node.put("functionVersion", context.getFunctionVersion());
      node.put("memory", context.getMemoryLimitInMB());
      node.put("logGroup", context.getLogGroupName());
      node.put("logStream", context.getLogStreamName());
      node.put("xray", context.getXrayTraceId());
      node.put("traceProperty", System.getProperty(RuntimeLoop.TRACE_HEADER_PROPERTY));
      node.put("tenant", context.getTenantId());
      node.put(
          "identityPool",
          context.getIdentity() == null ? null : context.getIdentity().getIdentityPoolId());
      node.put(
          "appTitle",
          context.getClientContext() == null
              ? null
              : context.getClientContext().getClient().getAppTitle());
      node.put(
          "custom",
          context.getClientContext() == null
              ? null
              : context.getClientContext().getCustom().get("k"));
      out.write(Json.writer().writeValueAsBytes(node));
    }
  }

  /** Throws {@code IllegalStateException("boom: " + event)}. */
  public static final class Throwing implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context)
        throws IOException {
      throw new IllegalStateException(
          "boom: " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Throws an exception whose message is null. */
  public static final class ThrowingWithoutMessage implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) {
      throw new UnsupportedOperationException();
    }
  }

  /** Its constructor fails. */
  public static final class FailingConstructor implements RequestStreamHandler {
    public FailingConstructor() {
      throw new IllegalArgumentException("missing TABLE_NAME");
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) {}
  }

  /** Has no public no-arg constructor. */
  public static final class NoDefaultConstructor implements RequestStreamHandler {
    public NoDefaultConstructor(String unused) {}

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) {}
  }

  /** Not a RequestStreamHandler. */
  public static final class NotAHandler {}
}
