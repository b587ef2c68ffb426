package io.lambdaforge.bench.coldstart;

import io.lambdaforge.local.tune.LambdaSizing;
import java.util.ArrayList;
import java.util.List;

/**
 * The two JIT settings compared: Lambda's default for its Java 17 and later runtimes, and the JVM's
 * own default (full tiered compilation, C2 included). "For Java 17 and Java 21, Lambda configures
 * the JVM to stop tiered compilation at level 1 by default"; Java 25 too, except with SnapStart or
 * provisioned concurrency, which get the JVM's default
 * (https://docs.aws.amazon.com/lambda/latest/dg/java-customization.html).
 */
enum Jit {
  /** {@code -XX:+TieredCompilation -XX:TieredStopAtLevel=1}: C1 only, AWS's cold-start guidance. */
  C1_ONLY("C1 only (Lambda's default)"),
  /** No {@code TieredStopAtLevel}: the interpreter, C1 with profiling, then C2 (level 4). */
  FULL_TIERED("full tiered (C2)");

  private static final String STOP_AT_C1 = "-XX:TieredStopAtLevel=1";

  private final String label;

  Jit(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The JVM options of Lambda's Java runtime at {@code memoryMb} ({@link LambdaSizing}) under this setting. */
  List<String> jvmOptions(int memoryMb) {
    List<String> options = new ArrayList<>(LambdaSizing.jvmFlags(memoryMb));
    if (!options.remove(STOP_AT_C1)) {
      throw new IllegalStateException("LambdaSizing no longer stops at C1: " + options);
    }
    if (this == C1_ONLY) {
      options.add("-XX:+TieredCompilation");
      options.add(STOP_AT_C1);
    }
    return List.copyOf(options);
  }
}
