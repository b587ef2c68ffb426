package io.lambdaforge.local.runtimeapi;

import java.time.Duration;
import java.util.Objects;

/**
 * One event to hand to the runtime through {@code /runtime/invocation/next}, with the values of
 * its {@code Lambda-Runtime-*} headers. Build with {@link #of(byte[])} and the {@code with*}
 * methods.
 *
 * @param event the event bytes, sent unchanged as the {@code /next} body
 * @param timeout the function timeout; {@code Lambda-Runtime-Deadline-Ms} = handout time + timeout
 *     (informational: the fake does not kill a slow function, bound the future instead)
 * @param invokedFunctionArn {@code Lambda-Runtime-Invoked-Function-Arn}
 * @param traceId {@code Lambda-Runtime-Trace-Id}; null means "generate an X-Ray style id"
 * @param clientContext {@code Lambda-Runtime-Client-Context} JSON, or null to omit the header
 * @param cognitoIdentity {@code Lambda-Runtime-Cognito-Identity} JSON, or null to omit it
 */
public record InvocationRequest(
    byte[] event,
    Duration timeout,
    String invokedFunctionArn,
    String traceId,
    String clientContext,
    String cognitoIdentity) {

  /** Default ARN: a function called {@code local} in a documentation account. */
  public static final String DEFAULT_FUNCTION_ARN =
      "arn:aws:lambda:us-east-1:123456789012:function:local";
  /** Default timeout (the SAM default is 3 s; local runs are given more room). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public InvocationRequest {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(invokedFunctionArn, "invokedFunctionArn");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
  }

  /** The event with default headers. */
  public static InvocationRequest of(byte[] event) {
    return new InvocationRequest(event, DEFAULT_TIMEOUT, DEFAULT_FUNCTION_ARN, null, null, null);
  }

  public InvocationRequest withTimeout(Duration value) {
    return new InvocationRequest(
        event, value, invokedFunctionArn, traceId, clientContext, cognitoIdentity);
  }

  public InvocationRequest withInvokedFunctionArn(String value) {
    return new InvocationRequest(event, timeout, value, traceId, clientContext, cognitoIdentity);
  }

  public InvocationRequest withTraceId(String value) {
    return new InvocationRequest(
        event, timeout, invokedFunctionArn, value, clientContext, cognitoIdentity);
  }

  public InvocationRequest withClientContext(String json) {
    return new InvocationRequest(event, timeout, invokedFunctionArn, traceId, json, cognitoIdentity);
  }

  public InvocationRequest withCognitoIdentity(String json) {
    return new InvocationRequest(event, timeout, invokedFunctionArn, traceId, clientContext, json);
  }
}
