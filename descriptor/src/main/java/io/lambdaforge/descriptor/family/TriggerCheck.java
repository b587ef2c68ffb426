package io.lambdaforge.descriptor.family;

import io.lambdaforge.descriptor.model.TriggerSpec;

/**
 * A check across the triggers of one application, such as unique routes; it sees every trigger of
 * its family once, function by function in name order.
 */
public interface TriggerCheck {
  /** A check that accepts every trigger. */
  TriggerCheck NONE = (function, trigger) -> { };

  /**
   * Records {@code trigger} of function {@code function}.
   *
   * @throws IllegalArgumentException when it clashes with a trigger seen before
   */
  void check(String function, TriggerSpec trigger);
}
