package io.lambdaforge.descriptor.model;

/**
 * Expected monthly traffic of a function, the input to its cost estimate. Zero invocations means
 * unknown: the monthly figure is then absent, while per-million and worst-case figures remain.
 *
 * @param invocationsPerMonth expected invocations per month, {@code 0} for unknown
 * @param averageDurationMs average duration of one invocation in ms ({@code 0} = unknown; required
 *     when invocations are given)
 * @param averageRequestBytes average request size (HTTP API metering, ALB processed bytes)
 * @param averageResponseBytes average response size (ALB processed bytes)
 */
public record TrafficSpec(
    long invocationsPerMonth,
    long averageDurationMs,
    long averageRequestBytes,
    long averageResponseBytes) {

  /** Default request and response size, matching the annotation defaults. */
  public static final long DEFAULT_PAYLOAD_BYTES = 1024;

  /** Unknown traffic with default payload sizes. */
  public static final TrafficSpec UNKNOWN =
      new TrafficSpec(0, 0, DEFAULT_PAYLOAD_BYTES, DEFAULT_PAYLOAD_BYTES);

  public TrafficSpec {
    Checks.nonNegative(invocationsPerMonth, "traffic invocationsPerMonth");
    Checks.nonNegative(averageDurationMs, "traffic averageDurationMs");
    Checks.nonNegative(averageRequestBytes, "traffic averageRequestBytes");
    Checks.nonNegative(averageResponseBytes, "traffic averageResponseBytes");
    if (invocationsPerMonth > 0 && averageDurationMs == 0) {
      throw new IllegalArgumentException(
          "traffic gives " + invocationsPerMonth
              + " invocations per month but no averageDurationMs; write averageDurationMs >= 1");
    }
  }

  /** Known invocations and duration, default payload sizes. */
  public static TrafficSpec of(long invocationsPerMonth, long averageDurationMs) {
    return new TrafficSpec(
        invocationsPerMonth, averageDurationMs, DEFAULT_PAYLOAD_BYTES, DEFAULT_PAYLOAD_BYTES);
  }

  /** Whether the monthly invocation count is known. */
  public boolean isKnown() {
    return invocationsPerMonth > 0;
  }
}
