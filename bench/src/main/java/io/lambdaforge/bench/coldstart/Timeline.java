package io.lambdaforge.bench.coldstart;

import java.util.Arrays;

/**
 * One fresh JVM's run of {@code 1 + after} back-to-back invocations, as the harness saw it: when
 * each response arrived, counted from the moment the JVM was spawned.
 *
 * @param completions nanoseconds from spawn to the response of invocation {@code i}; index 0 is the
 *     first (cold) invocation, so there are {@code after + 1} of them, in order
 */
record Timeline(long[] completions) {
  Timeline {
    if (completions.length < 2) {
      throw new IllegalArgumentException("need the first invocation and at least one after it, got "
          + completions.length);
    }
    for (int i = 1; i < completions.length; i++) {
      if (completions[i] < completions[i - 1]) {
        throw new IllegalArgumentException("response " + i + " arrived before response " + (i - 1));
      }
    }
    completions = completions.clone();
  }

  /** Invocations after the first. */
  int after() {
    return completions.length - 1;
  }

  /** Milliseconds from spawning the JVM to its first response: the cold start. */
  double coldMillis() {
    return completions[0] / 1e6;
  }

  /** Milliseconds the {@code n} invocations after the first took together. */
  double nextMillis(int n) {
    check(n);
    return (completions[n] - completions[0]) / 1e6;
  }

  /** Milliseconds from spawn to the response of invocation {@code n} after the first. */
  double totalMillis(int n) {
    check(n);
    return completions[n] / 1e6;
  }

  /** Mean microseconds per invocation over the last {@code window} invocations: the steady state. */
  double steadyMicros(int window) {
    check(window);
    int last = completions.length - 1;
    return (completions[last] - completions[last - window]) / 1e3 / window;
  }

  private void check(int n) {
    if (n < 1 || n > after()) {
      throw new IllegalArgumentException(n + " is outside 1.." + after());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline other && Arrays.equals(completions, other.completions);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(completions);
  }

  @Override
  public String toString() {
    return "Timeline[" + completions.length + " responses, cold " + coldMillis() + " ms]";
  }
}
