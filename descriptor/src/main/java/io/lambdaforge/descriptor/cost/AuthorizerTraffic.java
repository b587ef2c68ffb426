package io.lambdaforge.descriptor.cost;

import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How often API Gateway invokes a Lambda authorizer: the requests of the routes it protects (a
 * function's traffic split evenly over its triggers, as everywhere in the estimate), less those it
 * answers from its result cache (the authorizer's TTL cache, keyed by the identity source;
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html).
 */
public final class AuthorizerTraffic {
  private AuthorizerTraffic() {}

  /**
   * The monthly invocations of the authorizer {@code name}: the protected requests of {@code
   * functions} times {@code (100 - cacheHitPercent) / 100}, rounded up; 0 (unknown) when no
   * protected function declares its traffic.
   */
  public static long invocations(List<FunctionSpec> functions, String name, int cacheHitPercent) {
    if (cacheHitPercent < 0 || cacheHitPercent > 100) {
      throw new IllegalArgumentException("cacheHitPercent must be 0..100, got " + cacheHitPercent);
    }
    BigDecimal requests = protectedRequests(functions, name);
    return requests.multiply(BigDecimal.valueOf(100 - cacheHitPercent))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
  }

  /** The monthly requests of the routes {@code name} protects. */
  public static BigDecimal protectedRequests(List<FunctionSpec> functions, String name) {
    BigDecimal total = BigDecimal.ZERO;
    for (FunctionSpec f : functions) {
      long invocations = f.traffic().invocationsPerMonth();
      long count = f.triggers().stream().map(TriggerSpec::auth)
          .filter(a -> a.authorizer().equals(name)).count();
      if (invocations == 0 || count == 0) {
        continue;
      }
      total = total.add(BigDecimal.valueOf(invocations).multiply(BigDecimal.valueOf(count))
          .divide(BigDecimal.valueOf(Math.max(1, f.triggers().size())), 6, RoundingMode.HALF_UP));
    }
    return total;
  }
}
