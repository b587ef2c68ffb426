package io.lambdaforge.local.invoke;

import java.util.OptionalDouble;

/**
 * The figures of one invocation, as Lambda's {@code REPORT} log line shows them in CloudWatch
 * (https://docs.aws.amazon.com/lambda/latest/dg/java-logging.html shows the line):
 *
 * <pre>
 * REPORT RequestId: 6bc28136-...\tDuration: 198.50 ms\tBilled Duration: 200 ms\tMemory Size: 512 MB\tMax Memory Used: 83 MB\tInit Duration: 400.62 ms
 * </pre>
 *
 * <p>Billed duration: duration rounded up to the next millisecond (https://aws.amazon.com/lambda/pricing/:
 * "Duration is calculated ... rounded up to the nearest 1 ms"), plus the init duration on an
 * environment's first invocation, since Lambda bills the INIT phase of on-demand functions from
 * 1 August 2025 (https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/).
 *
 * <p>Only measured figures are reported. In class-loader isolation every function shares this
 * JVM's heap, so there is no per-environment peak to report: {@code Max Memory Used} is left out
 * of the line (as it is of nothing Lambda prints) and the invocation's own allocated bytes, which
 * the JVM measures per thread, are given by {@link #allocatedBytes()} and the dev server's log.
 *
 * @param durationNanos the handler's wall-clock time
 * @param initNanos the environment's init time on its first invocation, otherwise -1
 * @param allocatedBytes bytes the invocation's thread allocated, -1 when the JVM cannot tell
 * @param maxMemoryUsedMb the environment's peak memory when it is measured (a child JVM), otherwise -1
 */
public record Report(String requestId, long durationNanos, long initNanos, int memoryMb, long allocatedBytes,
    long maxMemoryUsedMb) {

  public double durationMs() {
    return durationNanos / 1_000_000.0;
  }

  /** The init duration, on an environment's first invocation only. */
  public OptionalDouble initDurationMs() {
    return initNanos < 0 ? OptionalDouble.empty() : OptionalDouble.of(initNanos / 1_000_000.0);
  }

  /** Duration plus init (when reported), rounded up to the next whole millisecond; at least 1. */
  public long billedDurationMs() {
    long nanos = durationNanos + Math.max(0, initNanos);
    return Math.max(1, (nanos + 999_999) / 1_000_000);
  }

  /** {@code START RequestId: <id> Version: $LATEST}. */
  public String startLine() {
    return "START RequestId: " + requestId + " Version: $LATEST";
  }

  /** The END line, a line break and the REPORT line: what follows an invocation, written in one go. */
  public String endAndReportLines() {
    return endLine() + System.lineSeparator() + reportLine();
  }

  /** {@code END RequestId: <id>}. */
  public String endLine() {
    return "END RequestId: " + requestId;
  }

  /** The REPORT line, tab-separated as CloudWatch shows it. */
  public String reportLine() {
    StringBuilder line = new StringBuilder(160);
    line.append("REPORT RequestId: ").append(requestId)
        .append("\tDuration: ");
    appendMillis(line, durationNanos).append(" ms")
        .append("\tBilled Duration: ").append(billedDurationMs()).append(" ms")
        .append("\tMemory Size: ").append(memoryMb).append(" MB");
    if (maxMemoryUsedMb >= 0) {
      line.append("\tMax Memory Used: ").append(maxMemoryUsedMb).append(" MB");
    }
    if (initNanos >= 0) {
      appendMillis(line.append("\tInit Duration: "), initNanos).append(" ms");
    }
    return line.toString();
  }

  /** {@code nanos} as milliseconds with two decimals, rounded half up ({@code %.2f} without a Formatter). */
  public static StringBuilder appendMillis(StringBuilder out, long nanos) {
    long hundredths = (nanos + 5_000) / 10_000;
    long fraction = hundredths % 100;
    return out.append(hundredths / 100).append('.').append(fraction < 10 ? "0" : "").append(fraction);
  }
}
