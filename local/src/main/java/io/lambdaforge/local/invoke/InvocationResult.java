package io.lambdaforge.local.invoke;

import java.util.List;

/** How one invocation ended: a response, a function error, or a timeout. */
public sealed interface InvocationResult {
  /** The function returned; {@code output} is what it wrote. */
  record Success(byte[] output, long millis) implements InvocationResult {}

  /** The function threw; the fields are those of the Lambda error document. */
  record Failure(String errorType, String errorMessage, List<String> stackTrace, long millis)
      implements InvocationResult {}

  /** The function ran past its timeout. */
  record Timeout(int timeoutSeconds, long millis) implements InvocationResult {}

  long millis();
}
