package io.lambdaforge.local.invoke;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

/**
 * One execution environment of a function, created by one init and handling one invocation at a
 * time: either in this JVM (its own class loader and handler instance) or a child JVM.
 */
final class Environment {
  final RequestStreamHandler handler;
  final ClassLoader loader;
  final ChildJvm child;
  final long initNanos;
  final long generation;
  private boolean invoked;

  Environment(RequestStreamHandler handler, ClassLoader loader, long initNanos, long generation) {
    this(handler, loader, null, initNanos, generation);
  }

  Environment(ChildJvm child, long generation) {
    this(null, null, child, child.initNanos(), generation);
  }

  private Environment(RequestStreamHandler handler, ClassLoader loader, ChildJvm child, long initNanos,
      long generation) {
    this.handler = handler;
    this.loader = loader;
    this.child = child;
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

  /** Throws the environment away: a child JVM is killed; an in-process one is left to the collector. */
  void discard() {
    if (child != null) {
      child.destroy();
    }
  }
}
