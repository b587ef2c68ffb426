package io.lambdaforge.processor.descriptor;

import io.lambdaforge.descriptor.cost.BudgetCheck;
import io.lambdaforge.descriptor.cost.CostLines;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.cost.Money;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.validate.CompilationValidator.Entry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Budget diagnostics on a function's {@code monthlyBudgetUsd}: an error when the expected monthly
 * cost exceeds it, a warning (suppressible) when only the worst case does.
 */
final class BudgetDiagnostics {
  private BudgetDiagnostics() {}

  /** The diagnostic for one function, if its estimate breaks its budget. */
  static Optional<Report> of(Entry entry, FunctionCost cost) {
    BudgetCheck check = cost.budgetCheck();
    FunctionModel model = entry.model();
    return switch (check.status()) {
      case EXCEEDED -> Optional.of(exceeded(entry, cost, check));
      case WORST_CASE_OVER ->
          model.suppresses(FunctionModel.SUPPRESS_BUDGET_WORST_CASE)
              ? Optional.empty()
              : Optional.of(worstCase(entry, check));
      case NO_BUDGET, TRAFFIC_UNKNOWN, WITHIN -> Optional.empty();
    };
  }

  private static Report exceeded(Entry entry, FunctionCost cost, BudgetCheck check) {
    FunctionModel model = entry.model();
    BigDecimal expected = check.expectedUsd().orElseThrow();
    List<String> advice = new ArrayList<>();
    advice.add("raise monthlyBudgetUsd to " + upToCents(expected) + " or more");
    advice.add(
        "lower memory (" + model.memory() + " MB) or the average duration ("
            + model.traffic().averageDurationMs() + " ms)");
    cost.architectureHint()
        .monthlyDelta()
        .filter(delta -> delta.signum() < 0)
        .ifPresent(
            delta ->
                advice.add(
                    "write architecture = Architecture."
                        + (cost.architectureHint().alternative() == Architecture.ARM64
                            ? "ARM64"
                            : "X86_64")
                        + " to save " + Money.display(delta.negate()) + " per month"));
    return Report.error(
        Message.BUDGET_EXCEEDED,
        entry.site().attribute("monthlyBudgetUsd"),
        model.functionName(),
        Money.display(expected),
        lineItems(cost.monthly().orElseThrow()),
        Money.display(check.budgetUsd()),
        String.join(", or ", advice));
  }

  private static Report worstCase(Entry entry, BudgetCheck check) {
    FunctionModel model = entry.model();
    BigDecimal worst = check.worstCaseUsd().orElseThrow();
    return Report.warning(
        Message.BUDGET_WORST_CASE,
        entry.site().attribute("monthlyBudgetUsd"),
        model.functionName(),
        Money.display(worst),
        model.timeout(),
        Money.display(check.budgetUsd()),
        Money.display(check.expectedUsd().orElseThrow()),
        upToCents(worst),
        FunctionModel.SUPPRESS_BUDGET_WORST_CASE);
  }

  /** The non-zero line items, e.g. {@code Lambda requests $0.60, Lambda compute (GB-s) $4.80}. */
  static String lineItems(CostLines lines) {
    List<String> items = new ArrayList<>();
    for (CostLines.LineItem item : lines.items()) {
      if (item.usd().setScale(2, RoundingMode.HALF_UP).signum() == 0) {
        continue;
      }
      items.add(item.label() + " " + Money.display(item.usd()));
    }
    return items.isEmpty() ? "all line items below one cent" : String.join(", ", items);
  }

  /** The amount rounded up to whole cents, as written in {@code monthlyBudgetUsd = ...}. */
  private static String upToCents(BigDecimal usd) {
    return usd.setScale(2, RoundingMode.CEILING).toPlainString();
  }
}
