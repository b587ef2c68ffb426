package io.lambdaforge.runtime.internal.bootstrap;

/**
 * The function cannot start: reported once to {@code /runtime/init/error}, then the process exits.
 * {@code category} is the {@code Lambda-Runtime-Function-Error-Type} value (e.g. {@code
 * Runtime.NoSuchHandler}); the message says what to change.
 */
final class InitFailure extends Exception {
  private static final long serialVersionUID = 1L;

  static final String NO_SUCH_HANDLER = "Runtime.NoSuchHandler";
  static final String MALFORMED_HANDLER_NAME = "Runtime.MalformedHandlerName";
  static final String BAD_FUNCTION_CODE = "Runtime.BadFunctionCode";

  private final String category;

  InitFailure(String category, String message, Throwable cause) {
    super(message, cause);
    this.category = category;
  }

  String category() {
    return category;
  }

  /**
   * The error body: our message; the type of the underlying exception when there is one (the
   * category otherwise); the underlying stack trace when there is one.
   */
  byte[] document() {
    Throwable cause = getCause();
    return ErrorDocuments.of(
        getMessage(),
        cause != null ? cause.getClass().getName() : category,
        cause != null ? cause.getStackTrace() : new StackTraceElement[0]);
  }
}
