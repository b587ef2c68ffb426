package io.lambdaforge.descriptor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.cost.ProvisionedConcurrency;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The plain-text table: columns line up under their headers; what "per 1M" covers; which columns. */
class CostTableLayoutTest {
  /** A cell: text with single spaces inside; cells are separated by two or more spaces. */
  private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");

  private static FunctionSpec.Builder fn(String name, int memoryMb, long invocations, long ms) {
    return FunctionSpec.builder(name, "example.Handler::handleRequest")
        .memoryMb(memoryMb)
        .timeoutSeconds(900)
        .traffic(invocations == 0 ? TrafficSpec.UNKNOWN : TrafficSpec.of(invocations, ms));
  }

  /** Long and short names, unknown traffic, ALB, REST, a budget, amounts in the $100,000s. */
  private static Application realistic() {
    return Application.of(List.of(
        fn("a", 128, 1_000, 5).build(),
        fn("reconcile-ledger-entries-for-every-tenant-nightly", 10_240, 900_000_000L, 14_000)
            .architecture(Architecture.ARM64)
            .ephemeralStorageMb(10_240)
            .trigger(TriggerSpec.restApi("POST", "/ledger/reconcile"))
            .monthlyBudgetUsd(new java.math.BigDecimal("25"))
            .build(),
        fn("health", 128, 3_000_000, 3).trigger(TriggerSpec.alb("GET", "/health", 1, false)).build(),
        fn("idle-worker", 1769, 0, 0).build()));
  }

  @Test
  void everyCellLinesUpUnderItsHeader() {
    String text = CostReport.text(new CostEstimator(PricingCatalog.defaults()).estimate(realistic()));
    List<String> table = text.lines().skip(1).takeWhile(l -> !l.startsWith("* ")).toList();
    assertEquals(1 + 4 + 2, table.size(), text);
    List<int[]> header = cells(table.get(0));
    int last = header.size() - 1;
    // Every cell of a function row sits under its own header: function, arch and budget
    // left-aligned (same start), the amounts right-aligned (same end).
    for (String line : table.subList(1, 5)) {
      List<int[]> row = cells(line);
      assertEquals(header.size(), row.size(), line);
      for (int c = 0; c < header.size(); c++) {
        boolean left = c < 2 || c == last;
        int expected = left ? header.get(c)[0] : header.get(c)[1];
        int actual = left ? row.get(c)[0] : row.get(c)[1];
        assertEquals(expected, actual, "column " + words(table.get(0)).get(c) + " of '" + line
            + "'\n" + text);
      }
    }
    // The free-tier and TOTAL rows leave cells empty; each of theirs lines up with some column.
    for (String line : table.subList(5, table.size())) {
      for (int[] cell : cells(line)) {
        boolean aligned = false;
        for (int c = 0; c < header.size(); c++) {
          int[] head = header.get(c);
          aligned |= c < 2 || c == last ? cell[0] == head[0] : cell[1] == head[1];
        }
        assertTrue(aligned, "cell '" + line.substring(cell[0], cell[1]) + "' lines up with no"
            + " header\n" + text);
      }
    }
    String ledger = table.stream().filter(l -> l.startsWith("reconcile-")).findFirst().orElseThrow();
    assertTrue(ledger.contains("$"), ledger);
    assertTrue(ledger.matches(".*\\$\\d{3},\\d{3}\\.\\d\\d.*"), "amounts in the $100,000s: " + ledger);
  }

  @Test
  void perMillionSaysWhatItIncludes() {
    String text = CostReport.text(new CostEstimator(PricingCatalog.defaults()).estimate(realistic()));
    assertTrue(text.contains("* per 1M and worst 1M: one million invocations"), text);
    assertTrue(text.contains("leave out the ALB hourly charge and provisioned concurrency"), text);
  }

  @Test
  void provisionedConcurrencyColumnOnlyWhenAFunctionHasIt() {
    CostEstimator estimator = new CostEstimator(PricingCatalog.defaults());
    String without = CostReport.text(estimator.estimate(realistic()));
    assertFalse(without.contains("prov. conc."), without);
    assertFalse(CostReport.markdown(estimator.estimate(realistic())).contains("prov. conc."));

    Application app = Application.of(List.of(fn("launch", 1536, 3_000_000, 120).build()));
    CostEstimate with = estimator.estimate(
        app, Map.of("launch", new ProvisionedConcurrency(100, 8 * 3600, 500_000, 100)));
    String text = CostReport.text(with);
    List<String> header = words(text.lines().skip(1).findFirst().orElseThrow());
    assertTrue(header.contains("prov. conc."), text);
    // AWS's provisioned concurrency example 1 (https://aws.amazon.com/lambda/pricing/):
    // 100 x 1.5 GB x 28,800 s = 4,320,000 GB-s x $0.0000041667 = $18.00; 500,000 x 0.1 s x 1.5 GB
    // = 75,000 GB-s x $0.0000097222 = $0.73; $18.00 + $0.73 = $18.73 of provisioned concurrency.
    String launch = text.lines().filter(l -> l.startsWith("launch")).findFirst().orElseThrow();
    assertEquals("$18.73", words(launch).get(header.indexOf("prov. conc.")), text);
  }

  private static List<int[]> cells(String line) {
    List<int[]> cells = new ArrayList<>();
    Matcher m = CELL.matcher(line);
    while (m.find()) {
      cells.add(new int[] {m.start(), m.end()});
    }
    return cells;
  }

  private static List<String> words(String line) {
    return cells(line).stream().map(c -> line.substring(c[0], c[1])).toList();
  }
}
