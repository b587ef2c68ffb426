package io.lambdaforge.runtime.internal.sdk;

/**
 * Lets an adapter, whose {@code handleRequest} may only declare {@code IOException}, propagate a
 * checked exception of the user's method unchanged (same instance, same type), so the Lambda
 * runtime reports it as the function's error.
 */
public final class Rethrow {
  private Rethrow() {}

  /**
   * Throws {@code t} as is. Declared to return an exception so call sites can write {@code throw
   * Rethrow.unchecked(e);}; it never returns.
   */
  public static RuntimeException unchecked(Throwable t) {
    throw Rethrow.<RuntimeException>sneaky(t);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }
}
