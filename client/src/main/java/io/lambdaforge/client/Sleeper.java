package io.lambdaforge.client;

/** Waits between attempts; replaced in tests to observe backoff without waiting. */
@FunctionalInterface
interface Sleeper {
  Sleeper SYSTEM = nanos -> {
    if (nanos > 0) {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }
  };

  void sleep(long nanos) throws InterruptedException;
}
