package io.lambdaforge.descriptor.report;

import io.lambdaforge.descriptor.cost.BudgetCheck;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostLines;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.cost.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Cell texts shared by the plain-text and Markdown reports. */
final class Cells {
  static final List<String> HEADER = List.of("function", "arch", "memory", "requests", "compute",
      "storage", "prov. conc.", "API GW", "ALB", "monthly", "per 1M", "worst 1M", "worst month",
      "budget");

  private Cells() {}

  /**
   * The summary columns shown for {@code cost}: every column of {@link #HEADER} except {@code prov.
   * conc.} when no function has provisioned concurrency (the column would be all zeros).
   */
  static List<Integer> columns(CostEstimate cost) {
    boolean provisioned = cost.functions().stream()
        .anyMatch(f -> hasProvisioned(f.monthly()) || hasProvisioned(f.worstCaseMonthly()));
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < HEADER.size(); i++) {
      if (provisioned || !HEADER.get(i).equals("prov. conc.")) {
        columns.add(i);
      }
    }
    return columns;
  }

  private static boolean hasProvisioned(Optional<CostLines> lines) {
    return lines.map(l -> l.provisionedConcurrency().signum() != 0).orElse(false);
  }

  /** The cells of {@code row} in {@code columns}. */
  static List<String> select(List<String> row, List<Integer> columns) {
    List<String> selected = new ArrayList<>(columns.size());
    columns.forEach(i -> selected.add(row.get(i)));
    return selected;
  }

  static String heading(CostEstimate cost) {
    return "Lambdaforge cost estimate: " + cost.region() + " prices effective "
        + cost.catalogEffectiveDate() + ", " + cost.currency() + ", duration billed in "
        + cost.durationRoundingMs() + " ms increments";
  }

  static List<String> row(FunctionCost f) {
    List<String> row = new ArrayList<>();
    row.add(f.functionName());
    row.add(f.architecture().samName());
    row.add(f.memoryMb() + " MB");
    addMonthly(row, f.monthly());
    row.add(amount(f.perMillion().map(CostLines::total)));
    row.add(Money.display(f.worstCasePerMillion().total()));
    row.add(amount(f.worstCaseMonthly().map(CostLines::total)));
    row.add(budget(f.budgetCheck()));
    return row;
  }

  static List<String> totalsRow(CostEstimate cost) {
    List<String> row = new ArrayList<>(List.of("TOTAL (account)", "", ""));
    addMonthly(row, cost.totals().monthly());
    row.add("");
    row.add("");
    row.add(amount(cost.totals().worstCaseMonthly().map(CostLines::total)));
    row.add("");
    return row;
  }

  static List<String> freeTierRow(CostEstimate cost) {
    List<String> row = new ArrayList<>(List.of("free tier (once)"));
    for (int i = 1; i < HEADER.size(); i++) {
      row.add("");
    }
    row.set(HEADER.indexOf("monthly"), amount(cost.totals().monthly().map(CostLines::freeTier)));
    row.set(HEADER.indexOf("worst month"),
        amount(cost.totals().worstCaseMonthly().map(CostLines::freeTier)));
    return row;
  }

  /** The monthly columns, {@code requests} to {@code monthly}, of a function or the totals. */
  private static void addMonthly(List<String> row, Optional<CostLines> m) {
    row.add(amount(m.map(CostLines::requests)));
    row.add(amount(m.map(CostLines::compute)));
    row.add(amount(m.map(CostLines::ephemeralStorage)));
    row.add(amount(m.map(CostLines::provisionedConcurrency)));
    row.add(amount(m.map(CostLines::apiGateway)));
    row.add(amount(m.map(l -> l.albCapacity().add(l.albFixed()))));
    row.add(m.map(l -> Money.display(l.total())).orElse("unknown"));
  }

  /**
   * Notes under the table: free tier, per-million basis, the source families' notes (ALB share),
   * unknown traffic, architecture hints.
   */
  static List<String> notes(CostEstimate cost) {
    List<String> notes = new ArrayList<>();
    cost.totals().monthly().ifPresent(l -> notes.add("Account totals cover the functions with "
        + "known traffic, apply the Lambda free tier once (1M requests and 400,000 GB-s: "
        + Money.display(l.freeTier()) + ") and price duration tiers over the aggregate GB-s per"
        + " architecture; per-function figures are gross."));
    notes.add("per 1M and worst 1M: one million invocations at the average duration and at the"
        + " timeout: requests, compute, storage, API Gateway and ALB capacity (LCUs); they leave out"
        + " the ALB hourly charge and provisioned concurrency, which are monthly charges that do"
        + " not grow with invocations.");
    notes.addAll(cost.notes());
    if (!cost.totals().unknownTrafficFunctions().isEmpty()) {
      notes.add("Monthly cost unknown (no traffic declared): "
          + String.join(", ", cost.totals().unknownTrafficFunctions()) + ".");
    }
    for (FunctionCost f : cost.functions()) {
      BigDecimal delta = f.architectureHint().monthlyDelta()
          .orElse(f.architectureHint().worstCasePerMillionDelta());
      String basis = f.architectureHint().monthlyDelta().isPresent()
          ? "per month" : "per million invocations at the timeout";
      notes.add(f.functionName() + " on " + f.architectureHint().alternative().samName() + ": "
          + signed(delta) + " " + basis + "; " + f.vcpuShare().toPlainString() + " vCPU at "
          + f.memoryMb() + " MB.");
    }
    return notes;
  }

  static String amount(Optional<BigDecimal> value) {
    return value.map(Money::display).orElse("-");
  }

  static String signed(BigDecimal delta) {
    return delta.signum() > 0 ? "+" + Money.display(delta) : Money.display(delta);
  }

  static String budget(BudgetCheck check) {
    return switch (check.status()) {
      case NO_BUDGET -> "-";
      case TRAFFIC_UNKNOWN -> Money.display(check.budgetUsd()) + " (traffic unknown)";
      case WITHIN -> Money.display(check.budgetUsd()) + " ok";
      case WORST_CASE_OVER -> Money.display(check.budgetUsd()) + " worst case over";
      case EXCEEDED -> Money.display(check.budgetUsd()) + " EXCEEDED";
    };
  }
}
