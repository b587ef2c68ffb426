package io.lambdaforge.descriptor.cost;

import static io.lambdaforge.descriptor.cost.Fixtures.app;
import static io.lambdaforge.descriptor.cost.Fixtures.fn;
import static io.lambdaforge.descriptor.cost.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A function URL adds no charge of its own: "There is no additional charge for using function URLs"
 * (https://aws.amazon.com/lambda/pricing/, https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html).
 * Worked by hand: 10 M requests of 1 GB x 100 ms = 1,000,000 GB-s.
 */
class FunctionUrlCostTest {
  private final CostEstimator estimator = new CostEstimator(PricingCatalog.defaults());

  private CostLines monthly(UnaryOperator<FunctionSpec.Builder> step) {
    return estimator.estimate(app(step.apply(fn("f", 1024, 10_000_000, 100))))
        .functions().get(0).monthly().orElseThrow();
  }

  @Test
  void aFunctionUrlCostsLambdaAloneAndAnHttpApiAddsItsRequests() {
    CostLines url = monthly(b -> b.trigger(TriggerSpec.functionUrl("POST", "/quotes")));
    // requests: 10 M x $0.20 per million = $2.00; compute: 1,000,000 GB-s x $0.0000166667 = $16.6667
    assertEquals(0, usd("2.00").compareTo(url.requests()), url.toString());
    assertEquals(0, usd("16.6667").compareTo(url.compute()), url.toString());
    assertEquals(0, BigDecimal.ZERO.compareTo(url.apiGateway()), url.toString());
    assertEquals(0, usd("18.6667").compareTo(url.total()), url.toString());

    CostLines httpApi = monthly(b -> b.trigger(TriggerSpec.httpApi("POST", "/quotes")));
    // the HTTP API adds 10 M x $1.00 per million (first 300 M, 1 KB requests in one 512 KB unit) = $10.00
    assertEquals(0, usd("10.00").compareTo(httpApi.apiGateway()), httpApi.toString());
    assertEquals(0, url.total().add(usd("10.00")).compareTo(httpApi.total()));
  }
}
