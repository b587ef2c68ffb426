package io.lambdaforge.runtime.internal.http;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** A Lambda context whose logger records every line. */
final class TestContext implements Context {
  final StringBuilder log = new StringBuilder();

  private final LambdaLogger logger = new LambdaLogger() {
    @Override
    public void log(String message) {
      log.append(message);
    }

    @Override
    public void log(byte[] message) {
      log.append(new String(message, StandardCharsets.UTF_8));
    }
  };

  @Override public String getAwsRequestId() { return "test-request"; }
  @Override public String getLogGroupName() { return "/aws/lambda/test"; }
  @Override public String getLogStreamName() { return "stream"; }
  @Override public String getFunctionName() { return "test"; }
  @Override public String getFunctionVersion() { return "$LATEST"; }
  @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:123456789012:function:test"; }
  @Override public CognitoIdentity getIdentity() { return null; }
  @Override public ClientContext getClientContext() { return null; }
  @Override public int getRemainingTimeInMillis() { return 10_000; }
  @Override public int getMemoryLimitInMB() { return 512; }
  @Override public LambdaLogger getLogger() { return logger; }
}
