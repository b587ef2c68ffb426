package io.lambdaforge.runtime.internal.bootstrap;

/** The Runtime API is unusable (unreachable after retries, or it reported a container error). */
final class RuntimeApiException extends Exception {
  private static final long serialVersionUID = 1L;

  RuntimeApiException(String message, Throwable cause) {
    super(message, cause);
  }
}
