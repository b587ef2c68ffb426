package io.lambdaforge.descriptor.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.descriptor.model.Architecture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingCatalogTest {
  @TempDir Path dir;

  @Test
  void bundledCatalogHasEveryPrice() {
    PricingCatalog c = PricingCatalog.defaults();
    assertEquals("us-east-1", c.region());
    assertEquals("USD", c.currency());
    assertEquals(0, new BigDecimal("0.20").compareTo(c.lambda().requestPricePerMillion()));
    assertEquals(new BigDecimal("0.0000166667"),
        c.lambda().durationTiers(Architecture.X86_64).get(0).price());
    assertEquals(0, new BigDecimal("18750000000").compareTo(
        c.lambda().durationTiers(Architecture.ARM64).get(1).upTo()));
    assertEquals(1_000_000, c.lambda().freeTier().requests());
    assertEquals(new BigDecimal("0.0000000309"), c.lambda().ephemeralStorage().pricePerGbSecond());
    assertEquals(new BigDecimal("0.0000077778"),
        c.lambda().provisionedConcurrency(Architecture.ARM64).durationPerGbSecond());
    assertEquals(4, c.apiGateway().restTiers().size());
    assertEquals(524_288, c.apiGateway().httpMeteringIncrementBytes());
    assertEquals(0, new BigDecimal("16.425").compareTo(c.alb().monthlyFixed()));
    assertEquals(0, new BigDecimal("0.4").compareTo(c.alb().lcu().processedGbPerHourLambda()));
  }

  /** https://aws.amazon.com/cloudfront/pricing/, read on 2026-12-01 (United States, first tier). */
  @Test
  void cloudFrontPricesAndTheAlwaysFreeAllowance() {
    CloudFrontPrices cf = PricingCatalog.defaults().cloudFront();
    assertEquals(0, new BigDecimal("0.0100").compareTo(cf.httpsRequestPricePer10k()));
    assertEquals(0, new BigDecimal("0.085").compareTo(cf.dataTransferOutPricePerGb()));
    assertEquals(10_000_000, cf.freeRequestsPerMonth());
    assertEquals(1_024, cf.freeDataTransferOutGbPerMonth());
    assertEquals("https://aws.amazon.com/cloudfront/pricing/", cf.source());
    assertTrue(PricingCatalog.defaults().sources().contains(cf.source()));
    // inside the allowance: nothing
    assertEquals(0, BigDecimal.ZERO.compareTo(cf.monthlyCost(10_000_000, new BigDecimal("1024"))));
    // 30M requests, 2,024 GB: 20M paid requests = 2,000 x 10k x $0.01 = $20; 1,000 GB x $0.085 = $85
    assertEquals(0, new BigDecimal("105").compareTo(cf.monthlyCost(30_000_000, new BigDecimal("2024"))));
  }

  @Test
  void partialOverrideReplacesOnlyTheFieldsGiven() throws IOException {
    Path file = dir.resolve("o.json");
    Files.writeString(file, "{\"alb\": {\"hourlyPrice\": 0.0252}, \"region\": \"eu-west-1\"}");
    PricingCatalog c = PricingCatalog.load(Optional.of(file));
    assertEquals("eu-west-1", c.region());
    assertEquals(new BigDecimal("0.0252"), c.alb().hourlyPrice());
    assertEquals(0, new BigDecimal("0.008").compareTo(c.alb().lcuHourPrice()));
    assertEquals(PricingCatalog.defaults().lambda(), c.lambda());
  }

  @Test
  void badOverridesFailClearly() throws IOException {
    Path typo = dir.resolve("typo.json");
    Files.writeString(typo, "{\"lambda\": {\"requestPrice\": 1}}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PricingCatalog.load(Optional.of(typo)));
    assertTrue(e.getMessage().contains("requestPrice"), e.getMessage());

    Path tiers = dir.resolve("tiers.json");
    Files.writeString(tiers, "{\"apiGateway\": {\"httpTiers\": [{\"upTo\": 5, \"price\": 1}]}}");
    e = assertThrows(IllegalArgumentException.class,
        () -> PricingCatalog.load(Optional.of(tiers)));
    assertTrue(e.getMessage().contains("only the last tier"), e.getMessage());

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"alb\": ");
    e = assertThrows(IllegalArgumentException.class,
        () -> PricingCatalog.load(Optional.of(broken)));
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());

    assertThrows(UncheckedIOException.class,
        () -> PricingCatalog.load(Optional.of(dir.resolve("missing.json"))));
  }

  @Test
  void tieredCost() {
    var tiers = java.util.List.of(new PriceTier(new BigDecimal("10"), new BigDecimal("2")),
        new PriceTier(null, BigDecimal.ONE));
    assertEquals(0, new BigDecimal("10").compareTo(PriceTier.cost(tiers, new BigDecimal("5"))));
    assertEquals(0, new BigDecimal("25").compareTo(PriceTier.cost(tiers, new BigDecimal("15"))));
    assertEquals(0, PriceTier.cost(tiers, BigDecimal.ZERO).signum());
  }
}
