package io.lambdaforge.local.tune;

import io.lambdaforge.descriptor.model.Architecture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --html} page: one self-contained file (inline CSS and SVG, no script, no CDN) with a
 * chart like AWS Lambda Power Tuning's visualiser: memory sizes along the x axis, evenly spaced;
 * the p50 duration as one curve against the left axis, the cost per invocation as the other against
 * the right axis; then the table and the recommendations.
 */
final class TuneChart {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 360;
  private static final int LEFT = 70;
  private static final int RIGHT = 120;
  private static final int TOP = 30;
  private static final int BOTTOM = 50;

  private TuneChart() {}

  static String page(TuneReport report, String function, String cpu, String throttle, String date) {
    List<SizeResult> points = new ArrayList<>();
    for (SizeResult s : report.sizes()) {
      if (s.failure().isEmpty() && !s.durationsMs().isEmpty()) {
        points.add(s);
      }
    }
    Architecture arch = report.function().architecture();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>tune ")
        .append(escape(function)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}\n")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}\n")
        .append(".duration{stroke:#1f77b4;fill:none;stroke-width:2}.cost{stroke:#d62728;fill:none;stroke-width:2}\n")
        .append("</style>\n</head>\n<body>\n<h1>tune ").append(escape(function)).append("</h1>\n<p>Measured locally on ")
        .append(escape(date)).append(" on ").append(escape(cpu)).append(". ").append(escape(throttle))
        .append(".</p>\n<p>").append(escape(TuneReport.CAVEAT)).append("</p>\n");
    html.append(svg(report, points, arch));
    html.append("<table>\n<tr><th>memory MB</th><th>vCPU share</th><th>init ms</th><th>p50 ms</th><th>p90 ms</th>"
        + "<th>p99 ms</th><th>billed ms</th><th>peak MB</th><th>$ per invocation (")
        .append(arch.samName()).append(")</th><th>$ per 1M x86_64</th><th>$ per 1M arm64</th></tr>\n");
    for (SizeResult s : points) {
      html.append(String.format(Locale.ROOT,
          "<tr><td>%d</td><td>%.3f</td><td>%.1f</td><td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%d</td><td>%s</td>"
              + "<td>%s</td><td>%s</td><td>%s</td></tr>%n",
          s.memoryMb(), LambdaSizing.vcpuShare(s.memoryMb()), s.initMs(), s.p50(), s.p90(), s.p99(),
          s.billedP50Ms(), s.peakRssMb().map(p -> String.format(Locale.ROOT, "%.0f", p)).orElse("-"),
          plain(report.cost(s.memoryMb(), arch).orElseThrow().perInvocation(), 10),
          plain(report.cost(s.memoryMb(), Architecture.X86_64).orElseThrow().perMillion(), 4),
          plain(report.cost(s.memoryMb(), Architecture.ARM64).orElseThrow().perMillion(), 4)));
    }
    html.append("</table>\n<ul>\n");
    for (Recommendations.Pick pick : report.recommendations()) {
      html.append(String.format(Locale.ROOT, "<li>%s: %d MB (p50 %.2f ms, $%s per invocation)</li>%n",
          pick.strategy(), pick.candidate().memoryMb(), pick.candidate().durationMs(),
          plain(pick.candidate().cost(), 10)));
    }
    html.append("</ul>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String svg(TuneReport report, List<SizeResult> points, Architecture arch) {
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " role=\"img\" aria-label=\"duration and cost against memory\">%n",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fafafa\" stroke=\"#999\"/>%n",
        LEFT, TOP, plotWidth, plotHeight));
    if (points.isEmpty()) {
      return svg.append("<text x=\"100\" y=\"100\">no size was measured</text>\n</svg>\n").toString();
    }
    double maxDuration = points.stream().mapToDouble(SizeResult::p50).max().orElse(1);
    double maxCost = points.stream()
        .mapToDouble(s -> report.cost(s.memoryMb(), arch).orElseThrow().perInvocation().doubleValue())
        .max().orElse(1);
    maxDuration = maxDuration <= 0 ? 1 : maxDuration;
    maxCost = maxCost <= 0 ? 1 : maxCost;
    StringBuilder duration = new StringBuilder();
    StringBuilder cost = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      SizeResult s = points.get(i);
      double x = LEFT + (points.size() == 1 ? plotWidth / 2.0 : i * plotWidth / (double) (points.size() - 1));
      double yd = TOP + plotHeight * (1 - s.p50() / maxDuration);
      double c = report.cost(s.memoryMb(), arch).orElseThrow().perInvocation().doubleValue();
      double yc = TOP + plotHeight * (1 - c / maxCost);
      duration.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yd));
      cost.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yc));
      marks.append(String.format(Locale.ROOT,
          "<circle class=\"duration-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f77b4\"><title>%d MB: p50 %.2f ms</title></circle>%n"
              + "<circle class=\"cost-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#d62728\"><title>%d MB: $%s per invocation</title></circle>%n"
              + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%d MB</text>%n",
          x, yd, s.memoryMb(), s.p50(), x, yc, s.memoryMb(), plain(BigDecimal.valueOf(c), 10),
          x, HEIGHT - BOTTOM + 18, s.memoryMb()));
    }
    svg.append("<polyline id=\"duration-curve\" class=\"duration\" points=\"").append(duration.toString().trim())
        .append("\"/>\n");
    svg.append("<polyline id=\"cost-curve\" class=\"cost\" points=\"").append(cost.toString().trim())
        .append("\"/>\n");
    svg.append(marks);
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#1f77b4\">%.2f ms</text>%n"
            + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#d62728\">$%s</text>%n"
            + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#1f77b4\">p50 duration (ms)</text>%n"
            + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#d62728\" text-anchor=\"end\">cost per invocation (%s)</text>%n"
            + "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">memory (MB)</text>%n",
        4, TOP + 4, maxDuration, WIDTH - RIGHT + 4, TOP + 4, plain(BigDecimal.valueOf(maxCost), 10),
        LEFT, TOP - 10, WIDTH - RIGHT, TOP - 10, arch.samName(), LEFT + plotWidth / 2, HEIGHT - 8));
    return svg.append("</svg>\n").toString();
  }

  private static String plain(BigDecimal amount, int scale) {
    return amount.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
