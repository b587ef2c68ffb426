package io.lambdaforge.descriptor.cost;

/**
 * Provisioned concurrency of one function for a month, an estimator input the annotations do not
 * expose yet.
 *
 * @param concurrency configured concurrency (environments kept warm)
 * @param enabledSeconds how long it is configured during the month, in seconds
 * @param invocations how many of the function's {@code traffic.invocationsPerMonth} run on the
 *     provisioned environments (at most all of them); the rest run on demand
 * @param averageDurationMs average duration of those invocations
 */
public record ProvisionedConcurrency(
    int concurrency, long enabledSeconds, long invocations, long averageDurationMs) {

  public ProvisionedConcurrency {
    if (concurrency < 1) {
      throw new IllegalArgumentException("provisioned concurrency must be >= 1, got " + concurrency);
    }
    if (enabledSeconds < 0 || invocations < 0 || averageDurationMs < 0) {
      throw new IllegalArgumentException(
          "provisioned concurrency: seconds, invocations and duration must not be negative");
    }
  }
}
