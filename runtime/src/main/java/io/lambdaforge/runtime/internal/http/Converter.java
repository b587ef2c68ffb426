package io.lambdaforge.runtime.internal.http;

/**
 * Turns one request text (path segment, query value, header value or cookie) into a parameter
 * value. Ready-made converters are in {@link Converters}; they are stateless and shared.
 *
 * @param <T> the parameter type (boxed for primitives)
 */
public interface Converter<T> {

  /**
   * Converts {@code text} (never {@code null}).
   *
   * @throws Exception when the text is not a valid value; the binder records a problem whose
   *     reason is {@code "expected " + description()}
   */
  T convert(String text) throws Exception;

  /** What a valid value looks like, e.g. {@code "an integer (32-bit)"}; used in 400 responses. */
  String description();

  /**
   * The value the binder returns while it records a problem for a missing or invalid required
   * value: {@code null}, or the zero value for primitive converters so that generated code can
   * assign it to a primitive local. The function is never called with it: {@link Binder#check()}
   * throws first.
   */
  default T placeholder() {
    return null;
  }
}
