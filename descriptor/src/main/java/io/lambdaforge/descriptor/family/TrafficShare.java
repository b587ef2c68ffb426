package io.lambdaforge.descriptor.family;

import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a function's traffic splits over its triggers: evenly, and a function without triggers is
 * invoked through the SDK only.
 */
public final class TrafficShare {
  private TrafficShare() {}

  /** The invocations of {@code invocations} that come through {@code f}'s {@code source} triggers. */
  public static BigDecimal of(BigDecimal invocations, FunctionSpec f, TriggerSource source) {
    long count = f.triggers().stream().filter(t -> t.source() == source).count();
    if (count == 0) {
      return BigDecimal.ZERO;
    }
    int triggerCount = Math.max(1, f.triggers().size());
    return invocations.multiply(BigDecimal.valueOf(count))
        .divide(BigDecimal.valueOf(triggerCount), 6, RoundingMode.HALF_UP);
  }

  /** Whether {@code f} has a trigger of {@code source}. */
  public static boolean has(FunctionSpec f, TriggerSource source) {
    return f.triggers().stream().anyMatch(t -> t.source() == source);
  }
}
