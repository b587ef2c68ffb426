package io.lambdaforge.runtime.internal.stepfunctions;

/**
 * Makes the generated error of one error name. The processor generates one per name, nested in the
 * error class ({@code OrderRejected$Factory}), and lists it in {@code
 * META-INF/services/io.lambdaforge.runtime.internal.stepfunctions.NamedErrorFactory}: an adapter in
 * a named package cannot name a class of the unnamed package, so it reaches it through {@link
 * NamedErrors}.
 */
public interface NamedErrorFactory {
  /** The error name, the binary name of the class {@link #wrap} makes. */
  String errorName();

  /** The error reported for {@code cause}. */
  NamedError wrap(Throwable cause);
}
