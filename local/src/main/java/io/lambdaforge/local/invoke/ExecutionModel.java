package io.lambdaforge.local.invoke;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the local tools run functions: how environments are isolated, at most how many environments
 * per function, and which packages every environment shares on purpose.
 *
 * @param mode how each execution environment is isolated ({@link Mode#CLASSLOADER} by default)
 * @param concurrency the most environments per function ({@code --concurrency}); past it an
 *     invocation is throttled as Lambda throttles it
 * @param sharedPackages packages loaded once for all functions, such as an in-memory store that
 *     stands in for a database; not with {@link Mode#JVM}, where processes share no memory
 */
public record ExecutionModel(Mode mode, int concurrency, List<String> sharedPackages) {
  /** Isolated, {@value LocalFunction#DEFAULT_CONCURRENCY} environments per function, nothing shared. */
  public static final ExecutionModel DEFAULT =
      new ExecutionModel(Mode.CLASSLOADER, LocalFunction.DEFAULT_CONCURRENCY, List.of());

  /** How each execution environment is isolated ({@code --isolation}). */
  public enum Mode {
    /** Each environment loads the application's classes itself (see {@link Isolation}): no shared statics. */
    CLASSLOADER,
    /** One class loader for every function: statics are shared (the behaviour before isolation). */
    NONE,
    /**
     * Each environment is its own child JVM with Lambda's heap settings for the function's memory,
     * and REPORT's Max Memory Used is that JVM's peak (see {@link ChildJvm}).
     */
    JVM;

    /** The mode called {@code name} on the command line ({@code classloader}, {@code none}, {@code jvm}). */
    public static Mode parse(String name) {
      for (Mode mode : values()) {
        if (mode.cliName().equals(name)) {
          return mode;
        }
      }
      throw new IllegalArgumentException("--isolation must be classloader, none or jvm, got " + name);
    }

    /** The name on the command line. */
    public String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code isolated} true is {@link Mode#CLASSLOADER}, false {@link Mode#NONE}. */
  public ExecutionModel(boolean isolated, int concurrency, List<String> sharedPackages) {
    this(isolated ? Mode.CLASSLOADER : Mode.NONE, concurrency, sharedPackages);
  }

  public ExecutionModel {
    if (mode == null) {
      throw new IllegalArgumentException("an isolation mode is required");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    for (String name : sharedPackages) {
      if (!name.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
        throw new IllegalArgumentException("shared package '" + name + "' is not a Java package name"
            + " (write e.g. com.acme.store)");
      }
    }
    if (mode == Mode.JVM && !sharedPackages.isEmpty()) {
      throw new IllegalArgumentException("shared packages (" + String.join(", ", sharedPackages) + ") need"
          + " isolation classloader or none: child JVMs share no memory; share the data through a real"
          + " store (a database, a local DynamoDB) instead");
    }
    sharedPackages = List.copyOf(sharedPackages);
  }

  /** Whether functions share no statics ({@link Mode#CLASSLOADER} or {@link Mode#JVM}). */
  public boolean isolated() {
    return mode != Mode.NONE;
  }

  /** This model, also sharing {@code packages}. */
  public ExecutionModel share(String... packages) {
    List<String> all = new ArrayList<>(sharedPackages);
    all.addAll(List.of(packages));
    return new ExecutionModel(mode, concurrency, all);
  }

  /** This model with another per-function limit. */
  public ExecutionModel concurrency(int limit) {
    return new ExecutionModel(mode, limit, sharedPackages);
  }

  /** This model with class-loader isolation on, or isolation off. */
  public ExecutionModel isolated(boolean on) {
    return new ExecutionModel(on, concurrency, sharedPackages);
  }

  /** This model with isolation {@code mode}. */
  public ExecutionModel mode(Mode mode) {
    return new ExecutionModel(mode, concurrency, sharedPackages);
  }
}
