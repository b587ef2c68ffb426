package io.lambdaforge.bench.coldstart;

import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.coldstart.TieredCompilation.Config;
import io.lambdaforge.bench.coldstart.TieredCompilation.Sample;
import io.lambdaforge.bench.report.Format;
import io.lambdaforge.bench.report.Stats;
import io.lambdaforge.local.tune.LambdaSizing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/** The Markdown table of {@link TieredCompilation}: per memory size and source, C1 only vs full tiered. */
final class TieredReport {
  /** Where the cumulative times are compared to find when full tiered catches up. */
  private static final int[] CHECKPOINTS = {100, 500, 1_000, 2_000, 5_000, 10_000};

  private TieredReport() {}

  static String markdown(String launcher, int runs, int after, int window, int cores, String throttle,
      Map<Config, List<Sample>> samples) {
    int k1 = Math.min(1_000, after);
    int k10 = Math.min(10_000, after);
    StringBuilder md = new StringBuilder();
    md.append("### Lambda's C1-only default vs full tiered compilation (").append(runs)
        .append(" fresh JVMs per row, all rows interleaved in one run)\n\n");
    md.append("Generated adapters under ").append(launcher).append(", ").append(Format.whole(after + 1))
        .append(" invocations back to back per JVM; CPU quota: ").append(throttle).append(". Medians, with p10-p90;")
        .append(" in each full-tiered row, the ratio in bold is full tiered / C1 only.\n\n");
    TreeSet<Integer> sizes = new TreeSet<>();
    samples.keySet().forEach(c -> sizes.add(c.memoryMb()));
    for (int memoryMb : sizes) {
      md.append("#### ").append(Format.whole(memoryMb)).append(" MB (")
          .append(Format.fixed(LambdaSizing.quotaCores(memoryMb, cores), 2)).append(" vCPU)\n\n");
      md.append("| source | JIT | cold start ms | next ").append(Format.whole(k1)).append(" ms | next ")
          .append(Format.whole(k10)).append(" ms | steady µs/invocation (last ").append(Format.whole(window))
          .append(") | child CPU ms at first response | child CPU ms at the end |\n");
      md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
      StringBuilder catchUps = new StringBuilder();
      for (Case source : Case.values()) {
        List<Sample> c1 = samples.get(new Config(memoryMb, source, Jit.C1_ONLY));
        List<Sample> full = samples.get(new Config(memoryMb, source, Jit.FULL_TIERED));
        if (c1 == null || full == null) {
          continue;
        }
        for (Jit jit : Jit.values()) {
          List<Sample> these = jit == Jit.C1_ONLY ? c1 : full;
          md.append("| ").append(source).append(" | ").append(jit.label())
              .append(" | ").append(cell(these, c1, jit, s -> s.timeline().coldMillis(), 1))
              .append(" | ").append(cell(these, c1, jit, s -> s.timeline().nextMillis(k1), 1))
              .append(" | ").append(cell(these, c1, jit, s -> s.timeline().nextMillis(k10), 1))
              .append(" | ").append(cell(these, c1, jit, s -> s.timeline().steadyMicros(window), 1))
              .append(" | ").append(cell(these, c1, jit, Sample::cpuFirstMillis, 0))
              .append(" | ").append(cell(these, c1, jit, Sample::cpuEndMillis, 0))
              .append(" |\n");
        }
        List<Integer> checkpoints = new ArrayList<>();
        for (int k : CHECKPOINTS) {
          if (k <= after) {
            checkpoints.add(k);
          }
        }
        checkpoints.add(after);
        double[] c1Totals = new double[checkpoints.size()];
        double[] fullTotals = new double[checkpoints.size()];
        for (int i = 0; i < checkpoints.size(); i++) {
          int k = checkpoints.get(i);
          c1Totals[i] = median(c1, s -> s.timeline().totalMillis(k));
          fullTotals[i] = median(full, s -> s.timeline().totalMillis(k));
        }
        OptionalInt at = catchUp(checkpoints.stream().mapToInt(Integer::intValue).toArray(), c1Totals, fullTotals);
        catchUps.append("- ").append(source).append(": ").append(at.isPresent()
            ? "full tiered's time from spawn is back level with C1 only's by invocation "
                + Format.whole(at.getAsInt()) + " after the first"
            : "full tiered's time from spawn is still behind C1 only's after " + Format.whole(after)
                + " invocations (by " + Format.fixed(fullTotals[fullTotals.length - 1] - c1Totals[c1Totals.length - 1], 0)
                + " ms)").append('\n');
      }
      md.append('\n').append(catchUps).append('\n');
    }
    return md.toString();
  }

  /**
   * The first checkpoint at which full tiered's median time from spawn is no longer behind C1
   * only's, provided it stays so at every later checkpoint; empty if it is behind at the last.
   */
  static OptionalInt catchUp(int[] checkpoints, double[] c1Totals, double[] fullTotals) {
    if (checkpoints.length != c1Totals.length || checkpoints.length != fullTotals.length) {
      throw new IllegalArgumentException("one total per checkpoint");
    }
    int first = -1;
    for (int i = 0; i < checkpoints.length; i++) {
      if (fullTotals[i] <= c1Totals[i]) {
        if (first < 0) {
          first = i;
        }
      } else {
        first = -1;
      }
    }
    return first < 0 ? OptionalInt.empty() : OptionalInt.of(checkpoints[first]);
  }

  private static String cell(List<Sample> these, List<Sample> c1, Jit jit, ToDoubleFunction<Sample> value,
      int decimals) {
    Stats s = Stats.of(these.stream().map(value::applyAsDouble).toList());
    String text = Format.fixed(s.median(), decimals) + " (" + Format.fixed(s.p10(), decimals) + "-"
        + Format.fixed(s.p90(), decimals) + ")";
    if (jit == Jit.FULL_TIERED) {
      text += " **" + Format.ratio(s.median() / median(c1, value)) + "**";
    }
    return text;
  }

  private static double median(List<Sample> samples, ToDoubleFunction<Sample> value) {
    return Stats.of(samples.stream().map(value::applyAsDouble).toList()).median();
  }
}
