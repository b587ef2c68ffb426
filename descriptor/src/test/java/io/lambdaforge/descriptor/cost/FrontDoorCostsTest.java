package io.lambdaforge.descriptor.cost;

import static io.lambdaforge.descriptor.cost.Fixtures.app;
import static io.lambdaforge.descriptor.cost.Fixtures.fn;
import static io.lambdaforge.descriptor.cost.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.descriptor.cost.FrontDoorCosts.Door;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.FunctionUrlSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The front-door comparison, worked by hand from the bundled catalog: HTTP API $1.00 and REST $3.50
 * per million (first tiers, https://aws.amazon.com/api-gateway/pricing/); ALB $0.0225 an hour x 730 h
 * = $16.425 a month and $0.008 per LCU-hour, 0.4 GB an hour per LCU for Lambda targets, so processed
 * bytes cost GB x 0.008 / 0.4 = $0.02 per GB and new connections (25 a second per LCU) cost
 * requests x 0.008 / (25 x 3600) (https://aws.amazon.com/elasticloadbalancing/pricing/); CloudFront
 * $0.0100 per 10,000 HTTPS requests and $0.085 per GB out after 10 M requests and 1 TB (1,024 GB) free
 * (https://aws.amazon.com/cloudfront/pricing/); a function URL adds nothing. GB = 2^30 bytes.
 */
class FrontDoorCostsTest {
  private final CostEstimator estimator = new CostEstimator(PricingCatalog.defaults());

  private static FunctionSpec.Builder web(String name, long invocations, long requestBytes, long responseBytes) {
    return fn(name, 1024, invocations, 100).timeoutSeconds(10)
        .traffic(new TrafficSpec(invocations, 100, requestBytes, responseBytes));
  }

  private FrontDoorCosts doors(Application app, int index) {
    return estimator.estimate(app).functions().get(index).frontDoors().orElseThrow();
  }

  private static BigDecimal cents(BigDecimal usd) {
    return usd.setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void aRestFunctionWithTenMillionSmallRequests() {
    FrontDoorCosts doors = doors(app(web("api", 10_000_000, 1024, 1024)
        .trigger(TriggerSpec.restApi("GET", "/orders"))), 0);
    assertEquals(0, BigDecimal.valueOf(10_000_000).compareTo(doors.httpInvocations()));
    // HTTP API: 10 M x $1.00 / M = $10.00 (1 KB requests: one 512 KB metering unit each)
    assertEquals(usd("10.00"), cents(doors.option(Door.HTTP_API).monthlyUsd()));
    // REST: 10 M x $3.50 / M = $35.00, in use
    assertEquals(usd("35.00"), cents(doors.option(Door.REST_API).monthlyUsd()));
    assertTrue(doors.option(Door.REST_API).inUse());
    // ALB: a load balancer of its own, $16.425, plus LCUs: new connections dominate,
    // 10 M x 0.008 / (25 x 3600) = $0.8889 (bytes: 10 M x 2 KB = 19.07 GB x $0.02 = $0.38); $17.31
    assertEquals(usd("17.31"), cents(doors.option(Door.ALB).monthlyUsd()));
    // function URL: nothing; + CloudFront: 10 M requests and 9.54 GB, both inside the free allowance
    assertEquals(0, BigDecimal.ZERO.compareTo(doors.option(Door.FUNCTION_URL).monthlyUsd()));
    assertEquals(0, BigDecimal.ZERO.compareTo(doors.option(Door.FUNCTION_URL_CLOUDFRONT).monthlyUsd()));
    // the cheapest door with the same features: the function URL ($0 ties with CloudFront; door order)
    FrontDoorCosts.Saving saving = doors.saving().orElseThrow();
    assertEquals(Door.FUNCTION_URL, saving.cheaper().door());
    assertEquals(usd("35.00"), cents(saving.monthlySaving()));
  }

  @Test
  void anHttpApiFunctionWithFiftyMillionLargeResponses() {
    FrontDoorCosts doors = doors(app(web("feed", 50_000_000, 1024, 102_400)
        .trigger(TriggerSpec.httpApi("GET", "/feed"))), 0);
    // HTTP API: 50 M x $1.00 / M = $50.00
    assertEquals(usd("50.00"), cents(doors.option(Door.HTTP_API).monthlyUsd()));
    // REST: 50 M x $3.50 / M = $175.00
    assertEquals(usd("175.00"), cents(doors.option(Door.REST_API).monthlyUsd()));
    // ALB: bytes dominate: 50 M x 103,424 B = 4,815.98 GB x $0.02 = $96.32, + $16.425 = $112.75
    assertEquals(usd("112.75"), cents(doors.option(Door.ALB).monthlyUsd()));
    // CloudFront: 40 M paid requests = 4,000 x $0.01 = $40.00; 50 M x 100 KB = 4,768.37 GB,
    // 3,744.37 GB paid x $0.085 = $318.27; $358.27
    assertEquals(usd("358.27"), cents(doors.option(Door.FUNCTION_URL_CLOUDFRONT).monthlyUsd()));
    FrontDoorCosts.Saving saving = doors.saving().orElseThrow();
    assertEquals(Door.FUNCTION_URL, saving.cheaper().door());
    assertEquals(usd("50.00"), cents(saving.monthlySaving()));
  }

  @Test
  void doorsThatWouldNotServeTheSameFeaturesAreMarked() {
    // a 60 s timeout outlives both gateways; a 2 MB average response does not pass an ALB
    FrontDoorCosts doors = doors(app(web("slow", 1_000_000, 1024, 2 * 1024 * 1024).timeoutSeconds(60)
        .trigger(TriggerSpec.functionUrl("POST", "/jobs"))), 0);
    assertFalse(doors.option(Door.HTTP_API).servesSameFeatures());
    assertTrue(doors.option(Door.REST_API).unavailable().contains("29 s"), doors.toString());
    assertTrue(doors.option(Door.ALB).unavailable().contains("1 MB"), doors.toString());
    assertTrue(doors.option(Door.FUNCTION_URL).inUse());
    assertTrue(doors.saving().isEmpty(), "nothing is cheaper than a function URL");
  }

  @Test
  void aUrlBehindCloudFrontIsNotComparedWithABareUrlButWithTheOthers() {
    FrontDoorCosts doors = doors(app(web("edge", 30_000_000, 1024, 1024)
        .trigger(TriggerSpec.functionUrl("GET", "/"))
        .functionUrl(new FunctionUrlSpec("AWS_IAM", true))), 0);
    // CloudFront in use: 20 M paid requests = $20.00; 28.6 GB out, inside the free TB
    assertEquals(usd("20.00"), cents(doors.option(Door.FUNCTION_URL_CLOUDFRONT).monthlyUsd()));
    assertTrue(doors.option(Door.FUNCTION_URL_CLOUDFRONT).inUse());
    assertFalse(doors.option(Door.FUNCTION_URL).servesSameFeatures());
    // HTTP API 30 M x $1 = $30 and REST $105 are dearer; an ALB of its own is not:
    // $16.425 + 30 M x 0.008 / (25 x 3600) = $2.6667 -> $19.09, $0.91 less
    assertEquals(usd("19.09"), cents(doors.option(Door.ALB).monthlyUsd()));
    FrontDoorCosts.Saving saving = doors.saving().orElseThrow();
    assertEquals(Door.ALB, saving.cheaper().door());
    assertEquals(usd("0.91"), cents(saving.monthlySaving()));
  }

  @Test
  void aFunctionOnTwoDoorsGetsTheTableButNoSaving() {
    Application app = app(web("both", 10_000_000, 1024, 1024)
        .trigger(TriggerSpec.httpApi("GET", "/a"))
        .trigger(TriggerSpec.alb("GET", "/a", 1, false)));
    FrontDoorCosts doors = doors(app, 0);
    assertTrue(doors.option(Door.HTTP_API).inUse());
    assertTrue(doors.option(Door.ALB).inUse());
    assertTrue(doors.saving().isEmpty());
  }

  @Test
  void noTrafficOrNoHttpTriggerNoComparison() {
    assertTrue(estimator.estimate(app(fn("quiet", 1024, 0, 0).trigger(TriggerSpec.httpApi("GET", "/q"))))
        .functions().get(0).frontDoors().isEmpty());
    assertTrue(estimator.estimate(app(fn("direct", 1024, 1000, 10).trigger(TriggerSpec.sdk())))
        .functions().get(0).frontDoors().isEmpty());
  }
}
