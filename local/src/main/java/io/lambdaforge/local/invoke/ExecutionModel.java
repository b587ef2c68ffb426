package io.lambdaforge.local.invoke;

import java.util.ArrayList;
import java.util.List;

/**
 * How the local tools run functions: isolated per environment or not, at most how many
 * environments per function, and which packages every environment shares on purpose.
 *
 * @param isolated each environment loads the application's classes itself (the default; see
 *     {@link Isolation}); false shares one class loader, and every static, among all functions
 * @param concurrency the most environments per function ({@code --concurrency}); past it an
 *     invocation is throttled as Lambda throttles it
 * @param sharedPackages packages loaded once for all functions, such as an in-memory store that
 *     stands in for a database
 */
public record ExecutionModel(boolean isolated, int concurrency, List<String> sharedPackages) {
  /** Isolated, {@value LocalFunction#DEFAULT_CONCURRENCY} environments per function, nothing shared. */
  public static final ExecutionModel DEFAULT =
      new ExecutionModel(true, LocalFunction.DEFAULT_CONCURRENCY, List.of());

  public ExecutionModel {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    for (String name : sharedPackages) {
      if (!name.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
        throw new IllegalArgumentException("shared package '" + name + "' is not a Java package name"
            + " (write e.g. com.acme.store)");
      }
    }
    sharedPackages = List.copyOf(sharedPackages);
  }

  /** This model, also sharing {@code packages}. */
  public ExecutionModel share(String... packages) {
    List<String> all = new ArrayList<>(sharedPackages);
    all.addAll(List.of(packages));
    return new ExecutionModel(isolated, concurrency, all);
  }

  /** This model with another per-function limit. */
  public ExecutionModel concurrency(int limit) {
    return new ExecutionModel(isolated, limit, sharedPackages);
  }

  /** This model with isolation on or off. */
  public ExecutionModel isolated(boolean on) {
    return new ExecutionModel(on, concurrency, sharedPackages);
  }
}
