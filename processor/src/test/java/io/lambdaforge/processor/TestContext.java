package io.lambdaforge.processor;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/**
 * A fixed Lambda context for invoking adapters in tests: 512 MB, 10 s left. Its logger records
 * every line, or with {@link #quiet} only counts characters (fuzz runs log a lot).
 */
public final class TestContext implements Context {
  private final String functionName;
  private final StringBuilder log;
  private long loggedChars;

  public TestContext(String functionName) {
    this(functionName, true);
  }

  private TestContext(String functionName, boolean record) {
    this.functionName = functionName;
    this.log = record ? new StringBuilder() : null;
  }

  /** A context whose logger keeps nothing but a character count. */
  public static TestContext quiet(String functionName) {
    return new TestContext(functionName, false);
  }

  /** Everything logged so far (empty for a quiet context). */
  public String log() {
    return log == null ? "" : log.toString();
  }

  /** How many characters were logged. */
  public long loggedChars() {
    return loggedChars;
  }

  @Override
  public String getAwsRequestId() {
    return "req-1";
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "stream";
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:eu-west-1:123456789012:function:" + functionName;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return 10_000;
  }

  @Override
  public int getMemoryLimitInMB() {
    return 512;
  }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        record(message);
      }

      @Override
      public void log(byte[] message) {
        record(new String(message, StandardCharsets.UTF_8));
      }
    };
  }

  private synchronized void record(String message) {
    loggedChars += message.length();
    if (log != null) {
      log.append(message);
    }
  }
}
