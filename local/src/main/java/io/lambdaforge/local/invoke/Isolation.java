package io.lambdaforge.local.invoke;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * Where each execution environment's classes come from. By default ({@link #perEnvironment}) every
 * environment gets its own class loader over the application's classes, so no static is shared
 * between two functions, nor between two environments of one function: on Lambda each of those
 * is a separate process (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html).
 *
 * <p>What the tool provides is loaded once and shared: the JDK, the Lambda core interfaces,
 * Lambdaforge's runtime (its event models in {@code io.lambdaforge.events} included: the runtime's
 * handlers create them and the generated adapter casts them, so both must see one class) and
 * annotations, Jackson; so are the packages the user shares on purpose
 * ({@code serve --share <package>}, {@code LocalLambda.builder().share(...)}), such as an in-memory
 * stand-in for a database that deployed functions reach over the network.
 */
public final class Isolation {
  /** Packages every environment takes from the tool rather than loading its own copy. */
  private static final List<String> PROVIDED = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
      "io.lambdaforge.runtime.", "io.lambdaforge.events.", "io.lambdaforge.annotations.",
      "io.lambdaforge.local.invoke.",
      "com.amazonaws.services.lambda.runtime.", "com.fasterxml.jackson.");

  private final ClassLoader parent;
  private final URL[] roots;
  private final List<String> shared;
  private final boolean isolated;
  private final String childClasspath;

  private Isolation(ClassLoader parent, URL[] roots, List<String> shared, boolean isolated, String childClasspath) {
    this.parent = parent;
    this.roots = roots;
    this.shared = shared.stream().map(p -> p.endsWith(".") ? p : p + ".").toList();
    this.isolated = isolated;
    this.childClasspath = childClasspath;
  }

  /**
   * A fresh class loader per environment over {@code roots} (the application's classes and
   * dependency jars), delegating to {@code parent} for what the tool provides, for the packages in
   * {@code sharedPackages}, and for what the roots lack.
   */
  public static Isolation perEnvironment(ClassLoader parent, List<URL> roots, List<String> sharedPackages) {
    return new Isolation(parent, roots.toArray(URL[]::new), List.copyOf(sharedPackages), true, null);
  }

  /**
   * Every environment is its own JVM ({@code --isolation jvm}) on {@code classpath}: the
   * application's classes first, then the tool's (see {@link ChildJvm}). Nothing is shared: two
   * processes share no memory, as two Lambda execution environments share none.
   */
  public static Isolation childJvm(String classpath) {
    return new Isolation(ClassLoader.getPlatformClassLoader(), new URL[0], List.of(), true, classpath);
  }

  /** Every environment uses {@code loader} itself: statics are shared (the behaviour before isolation). */
  public static Isolation none(ClassLoader loader) {
    return new Isolation(loader, new URL[0], List.of(), false, null);
  }

  public boolean isolated() {
    return isolated;
  }

  /** Whether each environment is a child JVM. */
  public boolean childJvm() {
    return childClasspath != null;
  }

  /** The child JVMs' classpath ({@link #childJvm(String)}). */
  String childClasspath() {
    return childClasspath;
  }

  /** The packages shared on purpose, each ending in a dot. */
  public List<String> sharedPackages() {
    return shared;
  }

  /** The class loader of a new environment. */
  ClassLoader newLoader(String function) {
    return isolated ? new EnvironmentClassLoader("lambdaforge-env-" + function, roots, parent, this) : parent;
  }

  boolean delegated(String className) {
    for (String prefix : PROVIDED) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    for (String prefix : shared) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Child-first over the application's roots, except for delegated names. */
  private static final class EnvironmentClassLoader extends URLClassLoader {
    static {
      registerAsParallelCapable();
    }

    private final Isolation isolation;

    EnvironmentClassLoader(String name, URL[] roots, ClassLoader parent, Isolation isolation) {
      super(name, roots, parent);
      this.isolation = isolation;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> type = findLoadedClass(name);
        if (type == null) {
          if (isolation.delegated(name)) {
            type = getParent().loadClass(name);
          } else {
            try {
              type = findClass(name);
            } catch (ClassNotFoundException notOurs) {
              type = getParent().loadClass(name);
            }
          }
        }
        if (resolve) {
          resolveClass(type);
        }
        return type;
      }
    }
  }
}
