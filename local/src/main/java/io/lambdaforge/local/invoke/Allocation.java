package io.lambdaforge.local.invoke;

import java.lang.management.ManagementFactory;

/** The bytes the current thread allocated so far, when the JVM measures it. */
final class Allocation {
  private static final com.sun.management.ThreadMXBean THREADS = threads();

  private Allocation() {}

  private static com.sun.management.ThreadMXBean threads() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
        && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled()) {
      return bean;
    }
    return null;
  }

  /** Bytes allocated by this thread since it started, or -1. */
  static long current() {
    return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
  }
}
