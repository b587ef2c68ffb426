package io.lambdaforge.descriptor.cost;

import static io.lambdaforge.descriptor.cost.Fixtures.app;
import static io.lambdaforge.descriptor.cost.Fixtures.arm;
import static io.lambdaforge.descriptor.cost.Fixtures.cents;
import static io.lambdaforge.descriptor.cost.Fixtures.fn;
import static io.lambdaforge.descriptor.cost.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Duration tiers, free tier, storage and trigger pricing. Inputs: 1 GB x 1 s = 1 GB-s each. */
class TiersAndTriggersTest {
  private final CostEstimator estimator = new CostEstimator(PricingCatalog.defaults());

  private BigDecimal grossCompute(FunctionSpec.Builder f) {
    return estimator.estimate(app(f)).functions().get(0).monthly().orElseThrow().compute();
  }

  private BigDecimal x86(long gbSeconds) {
    return grossCompute(fn("f", 1024, gbSeconds, 1000));
  }

  private BigDecimal arm64(long gbSeconds) {
    return grossCompute(arm(fn("f", 1024, gbSeconds, 1000)));
  }

  @Test
  void x86TierBoundariesAt6And15BillionGbSeconds() {
    assertEquals(usd("100000.2000000000"), x86(6_000_000_000L));
    assertEquals(usd("115000.2000000000"), x86(7_000_000_000L));
    assertEquals(usd("235000.2000000000"), x86(15_000_000_000L));
    assertEquals(usd("248333.6000000000"), x86(16_000_000_000L));
  }

  @Test
  void arm64TierBoundariesAt7point5And18point75BillionGbSeconds() {
    assertEquals(usd("100000.5000000000"), arm64(7_500_000_000L));
    assertEquals(usd("235001.6250000000"), arm64(18_750_000_000L));
    assertEquals(usd("245668.3250000000"), arm64(19_750_000_000L));
  }

  @Test
  void totalsPriceTiersOverTheAggregateOfOneArchitecture() {
    CostEstimate e = estimator.estimate(app(
        fn("a", 1024, 4_000_000_000L, 1000), fn("b", 1024, 4_000_000_000L, 1000),
        arm(fn("c", 1024, 1_000_000L, 1000))));
    // x86: 6 B at the first tier, 2 B at the second; arm64 separately at its first tier
    BigDecimal expected = usd("100000.2").add(usd("30000")).add(usd("13.3334"));
    assertEquals(0, expected.compareTo(e.totals().monthly().orElseThrow().compute()));
    BigDecimal perFunctionSum = e.functions().stream()
        .map(f -> f.monthly().orElseThrow().compute()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertTrue(perFunctionSum.compareTo(expected) > 0, "per-function figures are gross");
  }

  @Test
  void freeTierCoversSmallAccountsCompletely() {
    CostEstimate e = estimator.estimate(app(fn("small", 1024, 300_000, 1000)));
    assertEquals(0, e.totals().monthly().orElseThrow().total().signum());
    assertEquals(usd("5.06"), cents(e.function("small").orElseThrow().monthlyTotal().orElseThrow()));
  }

  @Test
  void freeTierIsAppliedOnceAcrossFunctionsAndArchitectures() {
    CostEstimate e = estimator.estimate(app(
        fn("a", 1024, 300_000, 1000), arm(fn("b", 1024, 700_000, 1000))));
    CostLines totals = e.totals().monthly().orElseThrow();
    // 1M requests are free; x86's 300,000 GB-s free; arm64 pays 600,000 of its 700,000 GB-s
    assertEquals(0, totals.requests().add(totals.compute()).add(totals.freeTier())
        .compareTo(usd("600000").multiply(usd("0.0000133334"))));
    assertEquals(usd("8.00"), cents(totals.total()));
  }

  @Test
  void ephemeralStorageIsBilledAbove512Mb() {
    CostEstimate e = estimator.estimate(app(
        fn("free", 1024, 1_000_000, 1000),
        fn("big", 1024, 1_000_000, 1000).ephemeralStorageMb(10_240)));
    assertEquals(0, e.function("free").orElseThrow().monthly().orElseThrow()
        .ephemeralStorage().signum());
    // 1,000,000 s x 9.5 GB x $0.0000000309
    assertEquals(0, usd("0.293550").compareTo(
        e.function("big").orElseThrow().monthly().orElseThrow().ephemeralStorage()));
  }

  @Test
  void httpApiIsMeteredIn512KbIncrements() {
    BigDecimal atLimit = apiGateway(TriggerSpec.httpApi("POST", "/u"), 524_288);
    BigDecimal above = apiGateway(TriggerSpec.httpApi("POST", "/u"), 524_289);
    assertEquals(usd("1.00"), cents(atLimit));
    assertEquals(usd("2.00"), cents(above));
  }

  @Test
  void restApiTiers() {
    BigDecimal cost = estimator.estimate(app(fn("r", 128, 400_000_000L, 10)
        .trigger(TriggerSpec.restApi("GET", "/r")))).functions().get(0).monthly()
        .orElseThrow().apiGateway();
    assertEquals(usd("1353.10"), cents(cost)); // 333M x $3.50 + 67M x $2.80
    BigDecimal http = estimator.estimate(app(fn("h", 128, 400_000_000L, 10)
        .trigger(TriggerSpec.httpApi("GET", "/h")))).functions().get(0).monthly()
        .orElseThrow().apiGateway();
    assertEquals(usd("390.00"), cents(http)); // 300M x $1.00 + 100M x $0.90
  }

  @Test
  void trafficIsSplitEvenlyAcrossTriggers() {
    BigDecimal cost = estimator.estimate(app(fn("s", 128, 2_000_000, 10)
        .trigger(TriggerSpec.restApi("GET", "/s")).trigger(TriggerSpec.sdk())))
        .functions().get(0).monthly().orElseThrow().apiGateway();
    assertEquals(usd("3.50"), cents(cost));
  }

  private BigDecimal apiGateway(TriggerSpec trigger, long requestBytes) {
    return estimator.estimate(app(fn("u", 128, 1, 1).trigger(trigger)
        .traffic(new TrafficSpec(1_000_000, 10, requestBytes, 100))))
        .functions().get(0).monthly().orElseThrow().apiGateway();
  }

  @Test
  void albCapacityFromNewConnections() {
    CostEstimate e = estimator.estimate(app(fn("a", 128, 100_000_000L, 10)
        .trigger(TriggerSpec.alb("GET", "/a", 1, false))));
    CostLines m = e.functions().get(0).monthly().orElseThrow();
    // 100M / (730 h x 3600 s) = 38.05 new connections/s = 1.522 LCU, x $0.008 x 730 h
    assertEquals(usd("8.89"), cents(m.albCapacity()));
    assertEquals(usd("16.4250"), m.albFixed().setScale(4));
  }

  @Test
  void albCapacityFromProcessedBytesForLambdaTargets() {
    CostEstimate e = estimator.estimate(app(fn("a", 128, 1, 1)
        .trigger(TriggerSpec.alb("POST", "/a", 1, false))
        .traffic(new TrafficSpec(1_000_000, 10, 1_048_576, 0))));
    // 976.5625 GB over 730 h / 0.4 GB per LCU-hour x $0.008 x 730 h
    assertEquals(usd("19.53"), cents(e.functions().get(0).monthly().orElseThrow().albCapacity()));
  }

  @Test
  void albHourlyChargeIsSharedBetweenAlbFunctionsAndCountedOnceInTotals() {
    CostEstimate e = estimator.estimate(app(
        fn("a", 128, 1000, 10).trigger(TriggerSpec.alb("GET", "/a", 1, false)),
        fn("b", 128, 1000, 10).trigger(TriggerSpec.alb("GET", "/b", 2, true)),
        fn("c", 128, 1000, 10).trigger(TriggerSpec.httpApi("GET", "/c"))));
    assertEquals(0, usd("8.2125").compareTo(e.function("a").orElseThrow().monthly()
        .orElseThrow().albFixed()));
    assertEquals(0, e.function("c").orElseThrow().monthly().orElseThrow().albFixed().signum());
    assertEquals(0, usd("16.425").compareTo(e.totals().monthly().orElseThrow().albFixed()));
  }
}
