package io.lambdaforge.local.invoke;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The environment variables a function declares ({@code @Function(environment = ...)}), as seen
 * by a local, in-process invocation.
 *
 * <p>A JVM cannot change its own process environment, and every function of an application runs
 * in the same JVM here, so {@link System#getenv(String)} inside a function returns what the dev
 * server's process was started with, not the function's declared values. The local tools
 * therefore (1) bind the declared variables to the invoking thread (and threads it starts), where
 * {@link #get(String)} and {@link #current()} read them, and (2) print a warning at start-up for
 * every declared variable that {@code System.getenv} would not return with the declared value;
 * exporting those variables before starting the tool makes {@code System.getenv} agree.
 */
public final class LocalEnvironment {
  private static final InheritableThreadLocal<Map<String, String>> CURRENT =
      new InheritableThreadLocal<>();

  private LocalEnvironment() {}

  /** The declared environment of the function running on this thread; empty outside one. */
  public static Map<String, String> current() {
    Map<String, String> env = CURRENT.get();
    return env == null ? Map.of() : env;
  }

  /**
   * The function's declared value of {@code name} when running inside a local invocation,
   * otherwise (or when the function does not declare it) {@link System#getenv(String)}.
   */
  public static String get(String name) {
    String declared = current().get(name);
    return declared != null ? declared : System.getenv(name);
  }

  /**
   * The declared variables that {@code processEnvironment} lacks or holds with another value,
   * i.e. those a function would not see through {@code System.getenv}.
   */
  public static List<String> notInProcess(
      Map<String, String> declared, Map<String, String> processEnvironment) {
    return declared.entrySet().stream()
        .filter(e -> !e.getValue().equals(processEnvironment.get(e.getKey())))
        .map(Map.Entry::getKey)
        .toList();
  }

  static <T> T with(Map<String, String> env, Callable<T> body) throws Exception {
    Map<String, String> previous = CURRENT.get();
    CURRENT.set(Map.copyOf(env)); // no copy when env is already immutable (LocalFunction's is)
    try {
      return body.call();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
