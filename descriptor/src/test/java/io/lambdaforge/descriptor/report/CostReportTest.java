package io.lambdaforge.descriptor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.descriptor.sample.SampleApplication;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostReportTest {
  private final CostEstimate cost =
      new CostEstimator(PricingCatalog.defaults()).estimate(SampleApplication.create());

  @Test
  void textTableShowsLineItemsTotalsAndNotes() {
    String text = CostReport.text(cost);
    List<String> lines = text.lines().toList();
    assertTrue(lines.get(0).contains("prices effective 2025-10-01"), lines.get(0));
    String getOrder = line(lines, "getOrder ");
    assertTrue(getOrder.contains("$11.25") && getOrder.contains("$15.25")
        && getOrder.contains("$135.78") && getOrder.contains("$678.92")
        && getOrder.contains("$25.00 worst case over"), getOrder);
    String reindex = line(lines, "reindex ");
    assertTrue(reindex.contains("unknown") && reindex.contains("$44,104.50")
        && reindex.contains("(traffic unknown)"), reindex);
    assertTrue(line(lines, "free tier (once)").contains("-$5.20"));
    assertTrue(line(lines, "TOTAL (account)").contains("$29.22"));
    assertTrue(text.contains("apply the Lambda free tier once"));
    assertTrue(text.contains("getOrder on x86_64: +$0.75 per month"));
    assertEquals(text, CostReport.text(cost));
  }

  @Test
  void markdownHasSummaryPerFunctionAndTotals() {
    String md = CostReport.markdown(cost);
    assertTrue(md.startsWith("# Cost report\n"));
    assertTrue(md.contains("## getOrder\n"));
    assertTrue(md.contains("| ALB hourly charge (share) | $16.43 |"));
    assertTrue(md.contains("| Lambda free tier | -$5.20 |"));
    assertTrue(md.contains("| **total** | **$29.22** |"));
    assertTrue(md.contains("2025-10-01"));
  }

  private static String line(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
  }
}
