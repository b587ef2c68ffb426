package io.lambdaforge.local.cli;

import static io.lambdaforge.local.cli.Cli.FIXTURE_CLASSPATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.descriptor.report.CostReport;
import io.lambdaforge.runtime.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostCommandTest {
  @TempDir
  Path dir;

  private static byte[] fixture() throws IOException {
    try (InputStream in = CostCommandTest.class.getResourceAsStream("/META-INF/lambdaforge/functions.json")) {
      return in.readAllBytes();
    }
  }

  private static void assertUsd(String expected, JsonNode actual) {
    assertEquals(0, new java.math.BigDecimal(expected).compareTo(actual.decimalValue()),
        "expected " + expected + ", got " + actual);
  }

  @Test
  void printsTheApplicationsCostTableAsTheEstimatorComputesIt() throws IOException {
    Application app = FunctionsDescriptor.read(new java.io.ByteArrayInputStream(fixture())).application();
    String expected = CostReport.text(new CostEstimator(PricingCatalog.defaults()).estimate(app));
    Cli.Result result = Cli.run("cost", "--classpath", FIXTURE_CLASSPATH);
    assertEquals(0, result.code(), result.toString());
    assertEquals(expected, result.out());
    assertTrue(result.out().contains("echo"));
  }

  @Test
  void jsonForTheApplicationIsTheDescriptorTheBuildWrote() throws IOException {
    Cli.Result result = Cli.run("cost", "--classpath", FIXTURE_CLASSPATH, "--json");
    assertEquals(0, result.code(), result.toString());
    assertEquals(new String(fixture(), StandardCharsets.UTF_8), result.out(),
        "same prices, same app: byte-identical to the fixture written by the descriptor writer");
  }

  @Test
  void whatIfMatchesAHandComputedEstimate() throws IOException {
    // 1M invocations x 1 s x 1 GB = 1,000,000 GB-s at $0.0000166667 = $16.6667, requests $0.20.
    Cli.Result paid = Cli.run("cost", "--memory", "1024", "--invocations", "1000000", "--duration-ms", "1000",
        "--no-free-tier", "--json");
    assertEquals(0, paid.code(), paid.toString());
    JsonNode totals = Json.mapper().readTree(paid.out()).at("/totals/monthly");
    assertUsd("0.2000", totals.get("requests"));
    assertUsd("16.6667", totals.get("compute"));
    assertUsd("16.8667", totals.get("total"));
    // The free tier takes 1M requests ($0.20) and 400,000 GB-s ($6.66668) off.
    Cli.Result free = Cli.run("cost", "--memory", "1024", "--invocations", "1000000", "--duration-ms", "1000");
    assertEquals(0, free.code(), free.toString());
    assertTrue(free.out().lines().anyMatch(l -> l.startsWith("TOTAL (account)") && l.contains("$10.00")), free.out());
  }

  @Test
  void whatIfTableEqualsTheEstimatorsForTheSameFunction() {
    Cli.Result result = Cli.run("cost", "--memory", "512", "--architecture", "arm64", "--invocations", "3000000",
        "--duration-ms", "200", "--ephemeral-storage", "2048", "--source", "API_GATEWAY_HTTP");
    assertEquals(0, result.code(), result.toString());
    Application app = WhatIf.application(512, Architecture.ARM64, 3_000_000, 200, 2048, null,
        Source.API_GATEWAY_HTTP, 1024, 1024);
    assertEquals(CostReport.text(new CostEstimator(PricingCatalog.defaults()).estimate(app)), result.out());
    assertTrue(result.out().contains("arm64"));
  }

  @Test
  void aPricingOverrideChangesThePrices() throws IOException {
    Path override = Files.writeString(dir.resolve("prices.json"), "{\"lambda\": {\"requestPricePerMillion\": 1.0}}");
    Cli.Result result = Cli.run("cost", "--memory", "128", "--invocations", "2000000", "--duration-ms", "1",
        "--no-free-tier", "--json", "--pricing", override.toString());
    assertEquals(0, result.code(), result.toString());
    assertUsd("2.0000", Json.mapper().readTree(result.out()).at("/totals/monthly/requests"));

    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"lambda\": ");
    Cli.Result invalid = Cli.run("cost", "--memory", "128", "--invocations", "1", "--duration-ms", "1",
        "--pricing", broken.toString());
    assertEquals(3, invalid.code(), invalid.toString());
    assertTrue(invalid.err().contains("not valid JSON"), invalid.err());
  }

  @Test
  void badWhatIfInputIsAUsageError() {
    Cli.Result memory = Cli.run("cost", "--memory", "100", "--invocations", "1", "--duration-ms", "1");
    assertEquals(2, memory.code(), memory.toString());
    assertTrue(memory.err().contains("memoryMb"), memory.err());
    Cli.Result arch = Cli.run("cost", "--memory", "128", "--architecture", "sparc", "--invocations", "1", "--duration-ms", "1");
    assertEquals(2, arch.code(), arch.toString());
    assertTrue(arch.err().contains("write x86_64 or arm64"), arch.err());
    Cli.Result missing = Cli.run("cost", "--memory", "128");
    assertEquals(2, missing.code(), missing.toString());
    Cli.Result both = Cli.run("cost", "--classpath", FIXTURE_CLASSPATH, "--memory", "128");
    assertEquals(2, both.code(), both.toString());
    assertTrue(both.err().contains("--memory"), both.err());
  }
}
