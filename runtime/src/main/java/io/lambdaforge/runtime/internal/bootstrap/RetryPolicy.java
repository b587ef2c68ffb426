package io.lambdaforge.runtime.internal.bootstrap;

import java.time.Duration;

/** Capped exponential backoff for calls to the Runtime API. */
record RetryPolicy(int attempts, Duration initialDelay, Duration maxDelay) {
  /** Production setting: 5 attempts, waiting 100 ms, 200 ms, 400 ms, 800 ms in between (cap 2 s). */
  static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(2));

  RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1, got " + attempts);
    }
  }

  /** The delay before retry number {@code retry} (1-based). */
  Duration delayBefore(int retry) {
    long millis = initialDelay.toMillis();
    for (int i = 1; i < retry && millis < maxDelay.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
  }
}
