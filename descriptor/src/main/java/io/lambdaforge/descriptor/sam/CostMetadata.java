package io.lambdaforge.descriptor.sam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostLines;
import io.lambdaforge.descriptor.cost.CostTotals;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.cost.Money;
import io.lambdaforge.descriptor.measured.MeasuredDuration;
import java.math.BigDecimal;

/** The {@code Metadata.Lambdaforge} blocks of the SAM template: amounts as plain YAML numbers. */
final class CostMetadata {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private CostMetadata() {}

  static ObjectNode summary(CostEstimate cost) {
    ObjectNode root = NODES.objectNode();
    root.putObject("Pricing")
        .put("Region", cost.region())
        .put("EffectiveDate", cost.catalogEffectiveDate())
        .put("Currency", cost.currency())
        .put("DurationRoundingMs", cost.durationRoundingMs());
    ObjectNode summary = root.putObject("CostSummary");
    CostTotals totals = cost.totals();
    summary.put("Basis", "Monthly account totals over functions with known traffic: Lambda free "
        + "tier (1M requests, 400,000 GB-s) applied once, duration tiers priced over the aggregate "
        + "GB-s per architecture, one ALB hourly charge. Per-function figures are gross.");
    // cfn-lint's schema (E4002) admits no floating-point numbers in the template's top-level
    // Metadata, so the summary carries its amounts as decimal strings; per-function Metadata
    // carries plain numbers.
    totals.monthly().ifPresent(l -> summary.set("Monthly", lines(l, false)));
    totals.worstCaseMonthly().ifPresent(l -> summary.set("WorstCaseMonthly", lines(l, false)));
    if (!totals.unknownTrafficFunctions().isEmpty()) {
      ArrayNode unknown = summary.putArray("UnknownTrafficFunctions");
      totals.unknownTrafficFunctions().forEach(unknown::add);
    }
    return root;
  }

  static ObjectNode function(FunctionCost cost) {
    ObjectNode node = NODES.objectNode();
    node.put("Traffic", cost.monthly().isPresent() ? "known" : "unknown");
    cost.monthly().ifPresent(l -> node.set("Monthly", lines(l, true)));
    cost.perMillion().ifPresent(l -> node.set("PerMillion", lines(l, true)));
    node.set("WorstCasePerMillion", lines(cost.worstCasePerMillion(), true));
    cost.worstCaseMonthly().ifPresent(l -> node.set("WorstCaseMonthly", lines(l, true)));
    if (cost.monthlyBudgetUsd().signum() > 0) {
      node.putObject("Budget")
          .put("MonthlyUsd", Money.forFile(cost.monthlyBudgetUsd()))
          .put("Status", cost.budgetCheck().status().name());
    }
    ObjectNode hint = node.putObject("ArchitectureHint")
        .put("Alternative", cost.architectureHint().alternative().samName());
    cost.architectureHint().monthlyDelta()
        .ifPresent(d -> hint.put("MonthlyDelta", Money.forFile(d)));
    hint.put("WorstCasePerMillionDelta",
        Money.forFile(cost.architectureHint().worstCasePerMillionDelta()));
    node.put("VcpuShare", cost.vcpuShare());
    return node;
  }

  /** {@code Metadata.Lambdaforge.Duration} of a function estimated at a measured duration. */
  static ObjectNode measured(MeasuredDuration measured) {
    return NODES.objectNode()
        .put("Source", measured.source())
        .put("AverageDurationMs", measured.averageDurationMs())
        .put("Label", measured.label())
        .put("MeasuredOn", measured.function().measuredOn())
        .put("CpuModel", measured.function().cpuModel())
        .put("CpuThrottled", measured.function().cpuThrottled())
        .put("Interpolated", measured.interpolated());
  }

  private static void amount(ObjectNode node, String key, BigDecimal usd, boolean asNumber) {
    if (asNumber) {
      node.put(key, Money.forFile(usd));
    } else {
      node.put(key, Money.forFile(usd).toPlainString());
    }
  }

  private static ObjectNode lines(CostLines lines, boolean perFunction) {
    ObjectNode node = NODES.objectNode();
    for (CostLines.LineItem item : perFunction ? lines.functionItems() : lines.items()) {
      String key = Character.toUpperCase(item.key().charAt(0)) + item.key().substring(1);
      amount(node, key, item.usd(), perFunction);
    }
    amount(node, "Total", lines.total(), perFunction);
    return node;
  }
}
