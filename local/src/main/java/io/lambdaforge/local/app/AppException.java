package io.lambdaforge.local.app;

/**
 * The application cannot be used as asked: no or an invalid {@code functions.json}, an unknown
 * function, a handler that cannot be loaded, a missing classpath entry. The message says what is
 * wrong and what to do.
 */
public final class AppException extends RuntimeException {
  public AppException(String message) {
    super(message);
  }

  public AppException(String message, Throwable cause) {
    super(message, cause);
  }
}
