package io.lambdaforge.local.cli;

/** The CLI's exit codes. */
final class ExitCodes {
  /** Done; for {@code invoke}, the function returned normally. */
  static final int OK = 0;
  /** {@code invoke}: the function threw or timed out (the Lambda error document is on stdout). */
  static final int FUNCTION_ERROR = 1;
  /** Bad command line: unknown flag, missing or invalid value, conflicting flags. */
  static final int USAGE = 2;
  /**
   * The application or an input cannot be used: a missing classpath entry, no or an invalid
   * {@code functions.json}, an unknown function, a handler that cannot be loaded, an unreadable
   * or invalid event or pricing file.
   */
  static final int APP = 3;
  /** {@code serve}: the address cannot be bound (port in use, address not local). */
  static final int BIND = 4;
  /** A bug in this tool; the stack trace is on stderr. */
  static final int INTERNAL = 70;

  private ExitCodes() {}
}
