package io.lambdaforge.runtime.internal.core;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * The {@link Context} of a priming invocation: fixed values, no client context or identity, and a
 * logger that drops what it is given (a synthetic request's log lines would only confuse the
 * function's logs). Never handed to the user's method: priming invokers do not call it.
 */
public final class PrimingContext implements Context {
  /** The one instance. */
  public static final PrimingContext INSTANCE = new PrimingContext();

  private static final LambdaLogger SILENT =
      new LambdaLogger() {
        @Override
        public void log(String message) {}

        @Override
        public void log(byte[] message) {}
      };

  private PrimingContext() {}

  @Override
  public String getAwsRequestId() {
    return "lambdaforge-priming";
  }

  @Override
  public String getLogGroupName() {
    return "";
  }

  @Override
  public String getLogStreamName() {
    return "";
  }

  @Override
  public String getFunctionName() {
    return "";
  }

  @Override
  public String getFunctionVersion() {
    return "";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "";
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
    return Integer.MAX_VALUE;
  }

  @Override
  public int getMemoryLimitInMB() {
    return 0;
  }

  @Override
  public LambdaLogger getLogger() {
    return SILENT;
  }
}
