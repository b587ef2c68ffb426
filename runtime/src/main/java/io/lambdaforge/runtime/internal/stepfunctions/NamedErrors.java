package io.lambdaforge.runtime.internal.stepfunctions;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The generated error factories an adapter's class loader sees, found with {@link ServiceLoader}
 * on the first error (the success path never loads them). An adapter holds one in a static field.
 */
public final class NamedErrors {
  private final ClassLoader loader;
  private volatile Map<String, NamedErrorFactory> factories;

  private NamedErrors(ClassLoader loader) {
    this.loader = loader;
  }

  /** The factories visible to {@code adapter}'s class loader. */
  public static NamedErrors of(Class<?> adapter) {
    return new NamedErrors(adapter.getClassLoader());
  }

  /**
   * The error to throw for {@code cause} under {@code errorName}. When no generated class has that
   * name (the services file was dropped when the jar was repackaged), {@code cause} itself is
   * thrown, under its own class name, and stderr says why.
   */
  public RuntimeException named(String errorName, Throwable cause) {
    NamedErrorFactory factory = factories().get(errorName);
    if (factory == null) {
      System.err.println("[lambdaforge] no generated error class " + errorName + " on the class path (is"
          + " META-INF/services/" + NamedErrorFactory.class.getName() + " in the deployed jar?);"
          + " reporting " + cause.getClass().getName() + " instead");
      throw NamedErrors.<RuntimeException>sneaky(cause);
    }
    return factory.wrap(cause);
  }

  private Map<String, NamedErrorFactory> factories() {
    Map<String, NamedErrorFactory> loaded = factories;
    if (loaded == null) {
      loaded = new HashMap<>();
      for (NamedErrorFactory factory : ServiceLoader.load(NamedErrorFactory.class, loader)) {
        loaded.putIfAbsent(factory.errorName(), factory);
      }
      factories = loaded;
    }
    return loaded;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }
}
