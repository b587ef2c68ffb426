package io.lambdaforge.bench.warm;

import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.report.Format;
import io.lambdaforge.bench.report.Stats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Warm time of the generated adapter against the hand-written floor, per source, as JMH forks that
 * alternate: each round runs one fork of each variant back to back, the generated one first in odd
 * rounds and the floor first in even ones. On a shared machine whose speed drifts over minutes, a
 * ratio between two forks taken seconds apart is worth more than {@code bench/run.sh}'s one fork per
 * variant taken minutes apart, and the median of the rounds' ratios is the figure to read, with its
 * distribution-free 95% interval ({@link Stats#medianInterval}). Each fork is {@link
 * WarmInvocationBenchmark}: {@value #WARMUP} warm-up and {@value #MEASURED} measured iterations of
 * one second. A fork's time is the median of its measured iterations: on this kind of host a second
 * now and then runs 30-50% slow while its neighbours agree within a few percent, and the mean (JMH's
 * score) carries such a second into the ratio. The ratio of the means is reported beside it.
 *
 * <pre>{@code java -cp ... WarmInterleaved <rounds> <out dir> [source...]}</pre>
 *
 * <p>Writes {@code warm-interleaved.md} into the out dir.
 */
public final class WarmInterleaved {
  static final int WARMUP = 5;
  static final int MEASURED = 10;

  private WarmInterleaved() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: WarmInterleaved <rounds> <out dir> [source...]");
    }
    int rounds = Integer.parseInt(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    List<Case> cases = args.length > 2
        ? List.of(args).subList(2, args.length).stream().map(Case::valueOf).toList()
        : List.of(Case.values());
    List<List<double[]>> perCase = new ArrayList<>();
    cases.forEach(c -> perCase.add(new ArrayList<>()));
    for (int round = 1; round <= rounds; round++) {
      boolean generatedFirst = round % 2 == 1;
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        double[] first = fork(generatedFirst ? "generated" : "handWritten", c);
        double[] second = fork(generatedFirst ? "handWritten" : "generated", c);
        double[] generated = generatedFirst ? first : second;
        double[] floor = generatedFirst ? second : first;
        perCase.get(i).add(new double[] {generated[0], floor[0], generated[1], floor[1]});
        System.out.printf("warm interleaved: round %d/%d %s generated %s ns, floor %s ns, %s (means: %s)%n", round,
            rounds, c, Format.whole(generated[0]), Format.whole(floor[0]), Format.ratio(generated[0] / floor[0]),
            Format.ratio(generated[1] / floor[1]));
      }
    }
    String md = report(cases, perCase, rounds);
    Files.writeString(out.resolve("warm-interleaved.md"), md);
    System.out.print(md);
  }

  /** One fork of {@code variant}: the median and the mean of its measured iterations, in ns. */
  private static double[] fork(String variant, Case c) throws RunnerException {
    var options = new OptionsBuilder()
        .include(WarmInvocationBenchmark.class.getName() + "\\." + variant + "$")
        .param("source", c.name())
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .forks(1)
        .warmupIterations(WARMUP)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(MEASURED)
        .measurementTime(TimeValue.seconds(1))
        .verbosity(VerboseMode.SILENT)
        .build();
    var results = new Runner(options).run();
    if (results.size() != 1) {
      throw new IllegalStateException("expected one JMH result for " + variant + " " + c + ", got " + results.size());
    }
    RunResult result = results.iterator().next();
    var iterations = result.getPrimaryResult().getStatistics();
    if (iterations.getN() != MEASURED) {
      throw new IllegalStateException(variant + " " + c + ": " + iterations.getN() + " measured iterations, expected "
          + MEASURED);
    }
    return new double[] {iterations.getPercentile(50), iterations.getMean()};
  }

  /**
   * The table: per case, rounds of {@code {generated median, floor median, generated mean, floor
   * mean}} (each a fork's iterations, in ns).
   */
  static String report(List<Case> cases, List<List<double[]>> perCase, int rounds) {
    StringBuilder md = new StringBuilder();
    md.append("### Warm invocation, JMH forks alternating (").append(rounds)
        .append(" rounds; one fork of each variant per round, ").append(WARMUP).append(" x 1 s warm-up, ")
        .append(MEASURED).append(" x 1 s measured; a fork's time is the median of its iterations)\n\n");
    md.append("| source | generated ns (median of rounds) | hand-written floor ns | generated / floor, median of the rounds' ratios "
        + "| 95% interval of that median | ratios, lowest-highest | rounds at or below 1.00x "
        + "| the same median from the forks' means |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < cases.size(); i++) {
      List<double[]> pairs = perCase.get(i);
      Stats generated = Stats.of(pairs.stream().map(p -> p[0]).toList());
      Stats floor = Stats.of(pairs.stream().map(p -> p[1]).toList());
      List<Double> ratioList = pairs.stream().map(p -> p[0] / p[1]).toList();
      Stats ratios = Stats.of(ratioList);
      double[] interval = Stats.medianInterval(ratioList, 0.95);
      Stats meanRatios = Stats.of(pairs.stream().map(p -> p[2] / p[3]).toList());
      long atOrBelow = pairs.stream().filter(p -> p[0] <= p[1]).count();
      md.append("| ").append(cases.get(i))
          .append(" | ").append(Format.whole(generated.median()))
          .append(" | ").append(Format.whole(floor.median()))
          .append(" | ").append(Format.ratio(ratios.median()))
          .append(" | ").append(interval == null
              ? "too few rounds"
              : Format.ratio(interval[0]) + "-" + Format.ratio(interval[1]))
          .append(" | ").append(Format.ratio(ratios.min())).append("-").append(Format.ratio(ratios.max()))
          .append(" | ").append(atOrBelow).append(" of ").append(pairs.size())
          .append(" | ").append(Format.ratio(meanRatios.median()))
          .append(" |\n");
    }
    md.append("\nPer round (generated ns / floor ns, medians of the forks' iterations):\n\n");
    for (int i = 0; i < cases.size(); i++) {
      md.append("- ").append(cases.get(i)).append(":");
      for (double[] p : perCase.get(i)) {
        md.append(" ").append(Format.whole(p[0])).append("/").append(Format.whole(p[1]));
      }
      md.append("\n");
    }
    return md.toString();
  }
}
