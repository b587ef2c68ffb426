package io.lambdaforge.local.runtimeapi;

import java.util.concurrent.ThreadLocalRandom;

/** X-Ray style trace headers: {@code Root=1-<8 hex epoch s>-<24 hex>;Parent=<16 hex>;Sampled=0}. */
final class TraceIds {
  private TraceIds() {}

  static String next(long epochMillis) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return String.format(
        "Root=1-%08x-%08x%016x;Parent=%016x;Sampled=0",
        epochMillis / 1000, random.nextInt(), random.nextLong(), random.nextLong());
  }
}
