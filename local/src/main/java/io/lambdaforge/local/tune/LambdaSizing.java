package io.lambdaforge.local.tune;

import java.util.List;

/**
 * How Lambda sizes a Java function for a memory setting, as far as a local child JVM can copy it.
 *
 * <ul>
 *   <li><b>CPU.</b> "Lambda allocates CPU power in proportion to the amount of memory configured
 *       ... At 1,769 MB, a function has the equivalent of one vCPU"
 *       (https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html), up to 6 vCPUs at
 *       10,240 MB. The share here is {@code memory / 1769} vCPUs, capped by this machine's cores.
 *   <li><b>Heap.</b> AWS's documentation says that Lambda starts the Java runtime's JVM with its
 *       own options, which {@code JAVA_TOOL_OPTIONS} extends, that the Java 17 and later runtimes
 *       use the serial collector and stop tiered compilation at level 1 by default
 *       (https://docs.aws.amazon.com/lambda/latest/dg/java-customization.html), and that memory is
 *       the one size setting (https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html);
 *       it does not publish the heap's share. The runtime's launch command, as observed in it
 *       (https://stackoverflow.com/a/40469970) and copied by AWS's own SAM CLI emulation
 *       (https://github.com/aws/aws-sam-cli/pull/615), splits the function's memory 85% heap
 *       ({@code -XX:MaxHeapSize}, i.e. {@code -Xmx}), 10% metaspace ({@code -XX:MaxMetaspaceSize})
 *       and 5% code cache ({@code -XX:ReservedCodeCacheSize}). {@code tune}'s child JVMs and
 *       {@code --isolation jvm}'s environments get the same flags.
 * </ul>
 */
public final class LambdaSizing {
  /** Memory that buys one vCPU. */
  public static final int ONE_VCPU_MB = 1769;

  private LambdaSizing() {}

  /** Lambda's vCPU share at {@code memoryMb} (1.0 at 1,769 MB), before any cap. */
  public static double vcpuShare(int memoryMb) {
    return memoryMb / (double) ONE_VCPU_MB;
  }

  /** The CPU quota a child gets here: Lambda's share, capped at {@code cores} whole cores. */
  public static double quotaCores(int memoryMb, int cores) {
    return Math.min(vcpuShare(memoryMb), cores);
  }

  /** The JVM flags of Lambda's Java runtime at {@code memoryMb}. */
  public static List<String> jvmFlags(int memoryMb) {
    long kb = memoryMb * 1024L;
    return List.of(
        "-XX:MaxHeapSize=" + (kb * 85 / 100) + "k",
        "-XX:MaxMetaspaceSize=" + (kb * 10 / 100) + "k",
        "-XX:ReservedCodeCacheSize=" + (kb * 5 / 100) + "k",
        "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1");
  }
}
