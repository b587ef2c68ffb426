package io.lambdaforge.runtime.internal.stepfunctions;

/**
 * The base of the error classes the processor generates per {@code @ErrorName}: a class whose
 * binary name is the error name (in the unnamed package for a simple name), so the {@code
 * errorType} Lambda reports for it, which AWS's runtime client and {@code Bootstrap} both take from
 * {@code getClass().getName()}, is that name. It carries the declared exception as its cause, with
 * its message and stack trace.
 */
public abstract class NamedError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected NamedError(Throwable cause) {
    super(cause.getMessage(), cause);
    setStackTrace(cause.getStackTrace());
  }
}
