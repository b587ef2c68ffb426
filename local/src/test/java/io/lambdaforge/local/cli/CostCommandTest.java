package io.lambdaforge.local.cli;

import static io.lambdaforge.local.cli.Cli.FIXTURE_CLASSPATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * The fixture's table against figures worked out by hand from https://aws.amazon.com/lambda/pricing/
   * ($0.20 per 1M requests, $0.0000166667 per GB-s x86, $0.0000133334 arm64),
   * https://aws.amazon.com/api-gateway/pricing/ (REST $3.50, HTTP API $1.00 per million) and
   * https://aws.amazon.com/elasticloadbalancing/pricing/ ($0.0225 per ALB-hour, $0.008 per LCU-hour).
   */
  @Test
  void printsTheApplicationsCostTable() {
    Cli.Result result = Cli.run("cost", "--classpath", FIXTURE_CLASSPATH);
    assertEquals(0, result.code(), result.toString());
    String out = result.out();
    // echo: 256 MB x86, 2M invocations x 120 ms, timeout 5 s, 11 triggers sharing the traffic evenly
    // (3 ALB, 2 REST, 5 HTTP API, 1 SDK). requests 2M x $0.20/1M = $0.40; compute 2M x 0.12 s x
    // 0.25 GB = 60,000 GB-s x $0.0000166667 = $1.00; API GW 2M x 2/11 x $3.50/1M + 2M x 5/11 x
    // $1.00/1M = $1.2727 + $0.9091 = $2.18; ALB: 2M x 3/11 = 545,455 requests / (730 h x 3600 s)
    // = 0.2076 new connections/s / 25 = 0.0083 LCU x $0.008 x 730 h = $0.0485, plus the only ALB
    // function's share of the hourly charge $0.0225 x 730 h = $16.425: $16.47; monthly $20.06.
    // per 1M: $0.20 + 1M x 0.12 x 0.25 x $0.0000166667 ($0.50) + $1.0909 + ALB LCUs $0.0242 = $1.82;
    // worst 1M at 5 s: $0.20 + $20.8334 + $1.0909 + $0.0242 = $22.15.
    assertEquals(List.of("echo", "x86_64", "256 MB", "$0.40", "$1.00", "$0.00", "$2.18", "$16.47",
        "$20.06", "$1.82", "$22.15"), cells(out, "echo").subList(0, 11));
    // worker: 1024 MB arm64, 500,000 x 40 ms: requests $0.10; 20,000 GB-s x $0.0000133334 = $0.27
    assertEquals(List.of("worker", "arm64", "1024 MB", "$0.10", "$0.27", "$0.00", "$0.00", "$0.00",
        "$0.37"), cells(out, "worker").subList(0, 9));
    // free tier once: 1M requests ($0.20) + all 80,000 GB-s ($1.0000 + $0.2667) = -$1.47;
    // total: $0.50 + $1.2667 + $2.1818 + $0.0485 + $16.425 - $1.4667 = $18.96
    assertEquals("-$1.47", cells(out, "free tier (once)").get(1));
    assertEquals(List.of("TOTAL (account)", "$0.50", "$1.27", "$0.00", "$2.18", "$16.47", "$18.96"),
        cells(out, "TOTAL (account)").subList(0, 7));
    assertEquals(List.of("broken", "x86_64", "512 MB", "-", "-", "-", "-", "-", "unknown"),
        cells(out, "broken").subList(0, 9));
  }

  /** The cells of the table row starting with {@code first}: separated by two or more spaces. */
  private static List<String> cells(String table, String first) {
    String row = table.lines().filter(l -> l.startsWith(first + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + first + "\n" + table));
    return List.of(row.strip().split(" {2,}"));
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
    JsonNode totals = Json.reader().readTree(paid.out()).at("/totals/monthly");
    assertUsd("0.2000", totals.get("requests"));
    assertUsd("16.6667", totals.get("compute"));
    assertUsd("16.8667", totals.get("total"));
    // The free tier takes 1M requests ($0.20) and 400,000 GB-s ($6.66668) off.
    Cli.Result free = Cli.run("cost", "--memory", "1024", "--invocations", "1000000", "--duration-ms", "1000");
    assertEquals(0, free.code(), free.toString());
    assertTrue(free.out().lines().anyMatch(l -> l.startsWith("TOTAL (account)") && l.contains("$10.00")), free.out());
  }

  @Test
  void whatIfTableMatchesAHandComputedEstimate() {
    Cli.Result result = Cli.run("cost", "--memory", "512", "--architecture", "arm64", "--invocations", "3000000",
        "--duration-ms", "200", "--ephemeral-storage", "2048", "--source", "API_GATEWAY_HTTP");
    assertEquals(0, result.code(), result.toString());
    // 3M x $0.20/1M = $0.60; 3M x 0.2 s x 0.5 GB = 300,000 GB-s x $0.0000133334 (arm64) = $4.00;
    // storage 3M x 0.2 s x 1.5 GB above 512 MB = 900,000 GB-s x $0.0000000309 = $0.03;
    // HTTP API 3M x 1 KB (one 512 KB unit) x $1.00/1M = $3.00; monthly $7.63.
    assertEquals(List.of("what-if", "arm64", "512 MB", "$0.60", "$4.00", "$0.03", "$3.00", "$0.00",
        "$7.63"), cells(result.out(), "what-if").subList(0, 9));
    // free tier: 1M requests $0.20 + 300,000 GB-s $4.00 = -$4.20; total $7.63 - $4.20 = $3.43
    assertEquals("-$4.20", cells(result.out(), "free tier (once)").get(1));
    assertEquals("$3.43", cells(result.out(), "TOTAL (account)").get(6));
  }

  @Test
  void aPricingOverrideChangesThePrices() throws IOException {
    Path override = Files.writeString(dir.resolve("prices.json"), "{\"lambda\": {\"requestPricePerMillion\": 1.0}}");
    Cli.Result result = Cli.run("cost", "--memory", "128", "--invocations", "2000000", "--duration-ms", "1",
        "--no-free-tier", "--json", "--pricing", override.toString());
    assertEquals(0, result.code(), result.toString());
    assertUsd("2.0000", Json.reader().readTree(result.out()).at("/totals/monthly/requests"));

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
