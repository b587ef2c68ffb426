package io.lambdaforge.local.invoke;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

/**
 * One execution environment of a function: its own class loader and handler instance, created by
 * one init, handling one invocation at a time.
 */
final class Environment {
  final RequestStreamHandler handler;
  final ClassLoader loader;
  final long initNanos;
  final long generation;
  private boolean invoked;

  Environment(RequestStreamHandler handler, ClassLoader loader, long initNanos, long generation) {
    this.handler = handler;
    this.loader = loader;
    this.initNanos = initNanos;
    this.generation = generation;
  }

  /** The init time on the first call (the environment's first invocation reports it), then -1. */
  long takeInitNanos() {
    if (invoked) {
      return -1;
    }
    invoked = true;
    return initNanos;
  }
}
