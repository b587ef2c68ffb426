package io.lambdaforge.descriptor.report;

import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostLines;
import io.lambdaforge.descriptor.cost.FrontDoorCosts;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.cost.Money;
import io.lambdaforge.descriptor.measured.MeasuredDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a {@link CostEstimate} for people: a compact plain-text table (for a javac NOTE and the
 * CLI) and {@code cost-report.md}. Both show per-function line items, per-million and worst-case
 * figures, budgets, the account totals with the free-tier note and the catalog date.
 */
public final class CostReport {
  private CostReport() {}

  /**
   * A compact plain-text table, lines separated by {@code \n}, ending with a newline. The text
   * columns (function, arch, budget) are left-aligned under their headers, the amounts
   * right-aligned.
   */
  public static String text(CostEstimate cost) {
    List<Integer> columns = Cells.columns(cost);
    List<List<String>> rows = new ArrayList<>();
    rows.add(Cells.select(Cells.HEADER, columns));
    cost.functions().forEach(f -> rows.add(Cells.select(Cells.row(f), columns)));
    rows.add(Cells.select(Cells.freeTierRow(cost), columns));
    rows.add(Cells.select(Cells.totalsRow(cost), columns));
    int[] widths = new int[columns.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder(Cells.heading(cost)).append('\n');
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String pad = " ".repeat(widths[i] - cell.length());
        boolean text = i < 2 || i == row.size() - 1;
        line.append(i == 0 ? "" : "  ").append(text ? cell + pad : pad + cell);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    Cells.notes(cost).forEach(n -> out.append("* ").append(n).append('\n'));
    return out.toString();
  }

  /**
   * One line per function estimated at a measured duration, {@code * quote: averageDurationMs 13,
   * measured locally on ...}, for the text table's notes; empty when there is none.
   */
  public static String measuredLines(Map<String, MeasuredDuration> measured) {
    StringBuilder out = new StringBuilder();
    measured.forEach((name, m) -> out.append("* ").append(name).append(": averageDurationMs ")
        .append(m.averageDurationMs()).append(", ").append(m.label()).append('\n'));
    return out.toString();
  }

  /** The Markdown report, ending with a newline. */
  public static String markdown(CostEstimate cost) {
    return markdown(cost, Map.of());
  }

  /**
   * The Markdown report, ending with a newline; the functions in {@code measured} were estimated
   * at a measured duration, which a section lists with its label.
   */
  public static String markdown(CostEstimate cost, Map<String, MeasuredDuration> measured) {
    String report = markdown0(cost);
    if (measured.isEmpty()) {
      return report;
    }
    StringBuilder md = new StringBuilder(report).append("\n## Measured durations\n\n");
    measured.forEach((name, m) -> md.append("- ").append(name).append(": averageDurationMs ")
        .append(m.averageDurationMs()).append(", ").append(m.label()).append('\n'));
    return md.toString();
  }

  private static String markdown0(CostEstimate cost) {
    StringBuilder md = new StringBuilder("# Cost report\n\n")
        .append(Cells.heading(cost)).append(".\n\n## Summary\n\n");
    List<Integer> columns = Cells.columns(cost);
    List<List<String>> summary = new ArrayList<>();
    cost.functions().forEach(f -> summary.add(Cells.select(Cells.row(f), columns)));
    summary.add(Cells.select(Cells.freeTierRow(cost), columns));
    table(md, Cells.select(Cells.HEADER, columns), summary,
        Cells.select(Cells.totalsRow(cost), columns));
    md.append('\n');
    Cells.notes(cost).forEach(n -> md.append("- ").append(n).append('\n'));
    for (FunctionCost f : cost.functions()) {
      md.append("\n## ").append(f.functionName()).append("\n\n")
          .append(f.architecture().samName()).append(", ").append(f.memoryMb())
          .append(" MB (").append(f.vcpuShare().toPlainString()).append(" vCPU), budget: ")
          .append(Cells.budget(f.budgetCheck())).append(".\n\n");
      List<List<String>> rows = new ArrayList<>();
      List<CostLines.LineItem> items = CostLines.ZERO.functionItems();
      for (int i = 0; i < items.size(); i++) {
        int item = i;
        rows.add(List.of(items.get(i).label(),
            line(f.monthly(), item), line(f.perMillion(), item),
            line(Optional.of(f.worstCasePerMillion()), item), line(f.worstCaseMonthly(), item)));
      }
      table(md, List.of("line item", "monthly", "per 1M", "worst case per 1M",
          "worst case monthly"), rows, List.of("**total**",
          total(f.monthly()), total(f.perMillion()),
          total(Optional.of(f.worstCasePerMillion())), total(f.worstCaseMonthly())));
    }
    frontDoors(md, cost);
    cost.totals().monthly().ifPresent(m -> {
      md.append("\n## Account totals\n\n");
      List<List<String>> rows = new ArrayList<>();
      for (CostLines.LineItem item : m.items()) {
        String label = item.key().equals("albFixed") ? "ALB hourly charge (one load balancer)"
            : item.label();
        rows.add(List.of(label, Money.display(item.usd())));
      }
      table(md, List.of("line item", "monthly"), rows,
          List.of("**total**", "**" + Money.display(m.total()) + "**"));
    });
    return md.toString();
  }

  /**
   * What each HTTP front door would cost each HTTP function with known traffic a month, carrying all
   * its HTTP traffic: the door in use in bold, a door that would not serve the same features marked
   * and explained below the table, and the saving where a cheaper door would.
   */
  private static void frontDoors(StringBuilder md, CostEstimate cost) {
    List<FunctionCost> compared =
        cost.functions().stream().filter(f -> f.frontDoors().isPresent()).toList();
    if (compared.isEmpty()) {
      return;
    }
    md.append("\n## Front doors\n\n")
        .append("Each HTTP function's monthly front-door charge if one door carried all its HTTP")
        .append(" traffic (Lambda's own charges are the same behind every door); **bold**: in use;")
        .append(" *(n/a)*: would not serve the same features.\n\n");
    List<String> header = new ArrayList<>(List.of("function", "HTTP requests"));
    for (FrontDoorCosts.Door door : FrontDoorCosts.Door.values()) {
      header.add(door.label());
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (FunctionCost f : compared) {
      FrontDoorCosts doors = f.frontDoors().orElseThrow();
      List<String> row = new ArrayList<>(List.of(f.functionName(),
          String.format(java.util.Locale.ROOT, "%,d",
              doors.httpInvocations().setScale(0, java.math.RoundingMode.HALF_UP).longValue())));
      for (FrontDoorCosts.Option o : doors.options()) {
        String usd = Money.display(o.monthlyUsd());
        row.add(o.inUse() ? "**" + usd + "**" : o.servesSameFeatures() ? usd : usd + " *(n/a)*");
        if (!o.servesSameFeatures() && !o.inUse()) {
          notes.add(f.functionName() + ", " + o.door().label() + ": " + o.unavailable());
        }
      }
      rows.add(row);
      doors.saving().ifPresent(saving -> notes.add(f.functionName() + ": the "
          + saving.cheaper().door().label() + " would save " + Money.display(saving.monthlySaving())
          + " a month over its " + saving.current().door().label()));
    }
    md.append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int i = 0; i < header.size(); i++) {
      md.append(i == 0 ? " --- |" : " ---: |");
    }
    md.append('\n');
    rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
    if (!notes.isEmpty()) {
      md.append('\n');
      notes.forEach(n -> md.append("- ").append(n).append('\n'));
    }
  }

  private static String line(Optional<CostLines> lines, int item) {
    return lines.map(l -> Money.display(l.functionItems().get(item).usd())).orElse("unknown");
  }

  private static String total(Optional<CostLines> lines) {
    return lines.map(l -> "**" + Money.display(l.total()) + "**").orElse("unknown");
  }

  private static void table(
      StringBuilder md, List<String> header, List<List<String>> rows, List<String> last) {
    md.append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int i = 0; i < header.size(); i++) {
      md.append(i < 3 && header.size() > 5 || i == 0 ? " --- |" : " ---: |");
    }
    md.append('\n');
    for (List<String> row : rows) {
      md.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    md.append("| ").append(String.join(" | ", last)).append(" |\n");
  }
}
