package io.lambdaforge.runtime.internal.bootstrap;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.function.LongSupplier;

/** The {@link Context} of one invocation. */
final class InvocationContext implements Context {
  private final Invocation invocation;
  private final FunctionSettings function;
  private final LambdaLogger logger;
  private final LongSupplier clock;

  InvocationContext(
      Invocation invocation, FunctionSettings function, LambdaLogger logger, LongSupplier clock) {
    this.invocation = invocation;
    this.function = function;
    this.logger = logger;
    this.clock = clock;
  }

  @Override
  public String getAwsRequestId() {
    return invocation.requestId();
  }

  @Override
  public String getLogGroupName() {
    return function.logGroupName();
  }

  @Override
  public String getLogStreamName() {
    return function.logStreamName();
  }

  @Override
  public String getFunctionName() {
    return function.functionName();
  }

  @Override
  public String getFunctionVersion() {
    return function.functionVersion();
  }

  @Override
  public String getInvokedFunctionArn() {
    return invocation.invokedFunctionArn();
  }

  @Override
  public CognitoIdentity getIdentity() {
    return MobileContext.identity(invocation.cognitoIdentityJson());
  }

  @Override
  public ClientContext getClientContext() {
    return MobileContext.clientContext(invocation.clientContextJson());
  }

  /** Milliseconds until the deadline, never negative; {@code Integer.MAX_VALUE} when unknown. */
  @Override
  public int getRemainingTimeInMillis() {
    long remaining = invocation.deadlineEpochMillis() - clock.getAsLong();
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, remaining));
  }

  @Override
  public int getMemoryLimitInMB() {
    return function.memoryLimitInMb();
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }

  @Override
  public String getTenantId() {
    return invocation.tenantId();
  }

  @Override
  public String getXrayTraceId() {
    return invocation.traceId();
  }
}
