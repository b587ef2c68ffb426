package io.lambdaforge.processor.family.http;

import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TriggerModel;

/**
 * One ALB listener rule as the template writes it: the path pattern is the descriptor's {@link
 * TriggerSpec#albPathPattern()} (so {@code /orders/{id}} is {@code /orders/*}), never recomputed
 * here.
 */
record AlbRule(String method, String path, String pattern, int priority, FunctionModel owner) {

  AlbRule(TriggerModel trigger, FunctionModel owner) {
    this(
        trigger.method(),
        trigger.path(),
        TriggerSpec.alb(trigger.method(), trigger.path(), trigger.priority(), false)
            .albPathPattern(),
        trigger.priority(),
        owner);
  }

  /** A wildcard rule: its pattern ends in {@code /*}. */
  boolean isWildcard() {
    return pattern.endsWith("/*");
  }

  /** A literal rule: its pattern has no wildcard at all. */
  boolean isLiteral() {
    return pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0;
  }

  /** Whether the two rules' method conditions can both hold (no condition for ANY). */
  boolean methodsOverlap(AlbRule other) {
    return method.equals(other.method) || method.equals("ANY") || other.method.equals("ANY");
  }
}
