package io.lambdaforge.local.invoke;

import java.util.List;

/** How one invocation ended: a response, a function error, a timeout, or a throttle. */
public sealed interface InvocationResult {
  /** The function returned; {@code output} is what it wrote. */
  record Success(byte[] output, long millis) implements InvocationResult {}

  /** The function threw; the fields are those of the Lambda error document. */
  record Failure(String errorType, String errorMessage, List<String> stackTrace, long millis)
      implements InvocationResult {}

  /** The function ran past its timeout. */
  record Timeout(int timeoutSeconds, long millis) implements InvocationResult {}

  /**
   * Every environment of the function was busy and it was at its concurrency limit: Lambda
   * answers a synchronous invoke with 429 {@code TooManyRequestsException} and {@code Reason}
   * {@value #RESERVED_REASON} (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html,
   * "TooManyRequestsException ... HTTP Status Code: 429"); the function did not run.
   */
  record Throttled(int limit) implements InvocationResult {
    public static final String RESERVED_REASON = "ReservedFunctionConcurrentInvocationLimitExceeded";

    @Override
    public long millis() {
      return 0;
    }
  }

  long millis();
}
