package io.lambdaforge.descriptor.cost;

import static io.lambdaforge.descriptor.cost.Fixtures.app;
import static io.lambdaforge.descriptor.cost.Fixtures.cents;
import static io.lambdaforge.descriptor.cost.Fixtures.fn;
import static io.lambdaforge.descriptor.cost.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AWS Lambda pricing page's worked examples (docs/pricing.md section 2), to the cent. */
class WorkedExamplesTest {
  private final CostEstimator estimator = new CostEstimator(PricingCatalog.defaults());

  @Test
  void example1MobileBackendWithFreeTier() {
    CostEstimate e = estimator.estimate(app(fn("backend", 1536, 3_000_000, 120)));
    CostLines totals = e.totals().monthly().orElseThrow();
    assertEquals(usd("2.73"), cents(totals.total()));
    // the page's line items: $2.33 compute after the free tier, $0.40 requests
    assertEquals(usd("2.33"), cents(totals.compute().add(totals.freeTier())
        .add(totals.requests().min(usd("0.2")))));
  }

  @Test
  void example2TelemetryWithoutFreeTier() {
    CostEstimate e = estimator.estimate(app(fn("telemetry", 1024, 7_440_000, 2000)));
    CostLines gross = e.function("telemetry").orElseThrow().monthly().orElseThrow();
    assertEquals(usd("1.49"), cents(gross.requests()));
    assertEquals(usd("248.00"), cents(gross.compute()));
    assertEquals(usd("249.49"), cents(gross.total()));
  }

  @Test
  void example3MachineLearningWithEphemeralStorage() {
    CostEstimate e = estimator.estimate(
        app(fn("bert", 4096, 6_000_000, 280).ephemeralStorageMb(2048)));
    CostLines totals = e.totals().monthly().orElseThrow();
    assertEquals(usd("0.08"), cents(totals.ephemeralStorage()));
    assertEquals(usd("106.41"), cents(totals.total()));
  }

  @Test
  void provisionedConcurrencyExample1Launch() {
    Application app = app(fn("launch", 1536, 3_000_000, 120));
    CostEstimate e = estimator.estimate(
        app, Map.of("launch", new ProvisionedConcurrency(100, 8 * 3600, 500_000, 100)));
    CostLines totals = e.totals().monthly().orElseThrow();
    assertEquals(usd("18.73"), cents(totals.provisionedConcurrency()));
    assertEquals(usd("19.96"), cents(totals.total()));
  }

  @Test
  void provisionedConcurrencyExample2CyberMonday() {
    Application app = app(fn("router", 4096, 2_000_000, 280));
    CostEstimate e = estimator.estimate(
        app, Map.of("router", new ProvisionedConcurrency(7, 86_400, 2_000_000, 280)));
    CostLines gross = e.function("router").orElseThrow().monthly().orElseThrow();
    assertEquals(usd("0.00"), cents(gross.compute()));
    assertEquals(usd("31.86"), cents(gross.provisionedConcurrency()));
    assertEquals(usd("32.26"), cents(gross.total()));
  }

  @Test
  void pre2020ExamplesWith100MsRoundingAndOverriddenPrice(@TempDir Path dir) throws IOException {
    Path override = dir.resolve("2020.json");
    Files.writeString(override, """
        {"effectiveDate": "2020-01-01",
         "lambda": {"durationTiers": {"x86_64": [{"upTo": null, "price": 0.00001667}]}}}
        """);
    PricingCatalog catalog2020 = PricingCatalog.load(Optional.of(override));
    CostEstimator legacy = new CostEstimator(catalog2020, 100);

    CostEstimate ex1 = legacy.estimate(app(fn("one", 512, 3_000_000, 1000)));
    assertEquals(usd("18.74"), cents(ex1.totals().monthly().orElseThrow().total()));
    // 150 ms is billed as 200 ms under 100 ms rounding
    CostEstimate ex2 = legacy.estimate(app(fn("two", 128, 30_000_000, 150)));
    assertEquals(usd("11.63"), cents(ex2.totals().monthly().orElseThrow().total()));
    assertEquals(100, ex2.durationRoundingMs());
    assertEquals("2020-01-01", ex2.catalogEffectiveDate());
  }
}
