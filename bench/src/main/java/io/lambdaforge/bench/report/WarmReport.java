package io.lambdaforge.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns JMH's JSON results ({@code -rf json}) of {@code WarmInvocationBenchmark} run with
 * {@code -prof gc} into the warm-invocation table, with the ratios the targets are judged on.
 *
 * <pre>{@code java -cp ... io.lambdaforge.bench.report.WarmReport <jmh.json> <out.md>}</pre>
 */
public final class WarmReport {
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  record Score(double nsPerOp, double error, double bytesPerOp) {}

  private WarmReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: WarmReport <jmh.json> <out.md>");
    }
    String md = table(read(Path.of(args[0])));
    Files.writeString(Path.of(args[1]), md);
    System.out.print(md);
  }

  static Map<Case, Map<Variant, Score>> read(Path json) throws IOException {
    Map<Case, Map<Variant, Score>> scores = new LinkedHashMap<>();
    for (JsonNode result : new ObjectMapper().readTree(json.toFile())) {
      String benchmark = result.path("benchmark").asText();
      Variant variant = switch (benchmark.substring(benchmark.lastIndexOf('.') + 1)) {
        case "generated" -> Variant.GENERATED;
        case "handWritten" -> Variant.HAND_WRITTEN;
        case "managed" -> Variant.MANAGED;
        default -> null;
      };
      if (variant == null) {
        continue;
      }
      Case c = Case.valueOf(result.path("params").path("source").asText());
      JsonNode primary = result.path("primaryMetric");
      if (!"ns/op".equals(primary.path("scoreUnit").asText())) {
        throw new IllegalStateException(benchmark + " is in " + primary.path("scoreUnit") + ", expected ns/op");
      }
      JsonNode allocation = result.path("secondaryMetrics").path(ALLOCATION);
      double bytes = allocation.isMissingNode() ? Double.NaN : allocation.path("score").asDouble();
      scores.computeIfAbsent(c, k -> new EnumMap<>(Variant.class))
          .put(variant, new Score(primary.path("score").asDouble(), primary.path("scoreError").asDouble(), bytes));
    }
    return scores;
  }

  static String table(Map<Case, Map<Variant, Score>> scores) {
    StringBuilder md = new StringBuilder();
    md.append("### Warm invocation (JMH, average time; allocation from -prof gc)\n\n");
    md.append("| source | variant | ns/op | +/- (99.9%) | bytes/op | time vs hand-written | time vs managed "
        + "| bytes vs managed |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    StringBuilder verdicts = new StringBuilder();
    for (Map.Entry<Case, Map<Variant, Score>> e : scores.entrySet()) {
      Map<Variant, Score> byVariant = e.getValue();
      Score floor = byVariant.get(Variant.HAND_WRITTEN);
      Score managed = byVariant.get(Variant.MANAGED);
      for (Variant v : Variant.values()) {
        Score s = byVariant.get(v);
        if (s == null) {
          continue;
        }
        md.append("| ").append(e.getKey()).append(" | ").append(v.label())
            .append(" | ").append(Format.whole(s.nsPerOp()))
            .append(" | ").append(Format.whole(s.error()))
            .append(" | ").append(Double.isNaN(s.bytesPerOp()) ? "n/a" : Format.whole(s.bytesPerOp()))
            .append(" | ").append(floor == null ? "" : Format.ratio(s.nsPerOp() / floor.nsPerOp()))
            .append(" | ").append(managed == null ? "" : Format.ratio(s.nsPerOp() / managed.nsPerOp()))
            .append(" | ").append(managed == null ? "" : Format.ratio(s.bytesPerOp() / managed.bytesPerOp()))
            .append(" |\n");
      }
      Score generated = byVariant.get(Variant.GENERATED);
      if (generated != null && floor != null && managed != null) {
        double toFloor = generated.nsPerOp() / floor.nsPerOp();
        boolean beatsManaged = generated.nsPerOp() < managed.nsPerOp() && generated.bytesPerOp() < managed.bytesPerOp();
        verdicts.append("- ").append(e.getKey()).append(": generated ").append(Format.ratio(toFloor))
            .append(" the hand-written floor (target <= 1.20x) ").append(Format.verdict(toFloor <= 1.2))
            .append("; faster than managed with fewer bytes/op ").append(Format.verdict(beatsManaged))
            .append("; issue 19 (time <= 1.00x the floor, bytes/op <= the floor's): time ")
            .append(Format.verdict(toFloor <= 1.0)).append(", bytes ").append(Format.whole(generated.bytesPerOp()))
            .append(" vs ").append(Format.whole(floor.bytesPerOp())).append(' ')
            .append(Format.verdict(generated.bytesPerOp() <= floor.bytesPerOp())).append('\n');
      }
    }
    return md.append('\n').append(verdicts).toString();
  }
}
