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
 * variant taken minutes apart, and the median of the rounds' ratios is the figure to read. Each fork is
 * {@link WarmInvocationBenchmark} with the settings of {@code bench/run.sh} ({@value #ITERATIONS}
 * warm-up and {@value #ITERATIONS} measured iterations of one second).
 *
 * <pre>{@code java -cp ... WarmInterleaved <rounds> <out dir> [source...]}</pre>
 *
 * <p>Writes {@code warm-interleaved.md} into the out dir.
 */
public final class WarmInterleaved {
  static final int ITERATIONS = 5;

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
        double first = score(generatedFirst ? "generated" : "handWritten", c);
        double second = score(generatedFirst ? "handWritten" : "generated", c);
        double generated = generatedFirst ? first : second;
        double floor = generatedFirst ? second : first;
        perCase.get(i).add(new double[] {generated, floor});
        System.out.printf("warm interleaved: round %d/%d %s generated %s ns, floor %s ns, %s%n", round, rounds,
            c, Format.whole(generated), Format.whole(floor), Format.ratio(generated / floor));
      }
    }
    String md = report(cases, perCase, rounds);
    Files.writeString(out.resolve("warm-interleaved.md"), md);
    System.out.print(md);
  }

  private static double score(String variant, Case c) throws RunnerException {
    var options = new OptionsBuilder()
        .include(WarmInvocationBenchmark.class.getName() + "\\." + variant + "$")
        .param("source", c.name())
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .forks(1)
        .warmupIterations(ITERATIONS)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(ITERATIONS)
        .measurementTime(TimeValue.seconds(1))
        .verbosity(VerboseMode.SILENT)
        .build();
    var results = new Runner(options).run();
    if (results.size() != 1) {
      throw new IllegalStateException("expected one JMH result for " + variant + " " + c + ", got " + results.size());
    }
    RunResult result = results.iterator().next();
    return result.getPrimaryResult().getScore();
  }

  static String report(List<Case> cases, List<List<double[]>> perCase, int rounds) {
    StringBuilder md = new StringBuilder();
    md.append("### Warm invocation, JMH forks alternating (").append(rounds)
        .append(" rounds; one fork of each variant per round, ").append(ITERATIONS).append(" x 1 s warm-up, ")
        .append(ITERATIONS).append(" x 1 s measured)\n\n");
    md.append("| source | generated ns (median of rounds) | hand-written floor ns | generated / floor, median of the rounds' ratios "
        + "| ratios, lowest-highest | rounds at or below 1.00x |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < cases.size(); i++) {
      List<double[]> pairs = perCase.get(i);
      Stats generated = Stats.of(pairs.stream().map(p -> p[0]).toList());
      Stats floor = Stats.of(pairs.stream().map(p -> p[1]).toList());
      Stats ratios = Stats.of(pairs.stream().map(p -> p[0] / p[1]).toList());
      long atOrBelow = pairs.stream().filter(p -> p[0] <= p[1]).count();
      md.append("| ").append(cases.get(i))
          .append(" | ").append(Format.whole(generated.median()))
          .append(" | ").append(Format.whole(floor.median()))
          .append(" | ").append(Format.ratio(ratios.median()))
          .append(" | ").append(Format.ratio(ratios.min())).append("-").append(Format.ratio(ratios.max()))
          .append(" | ").append(atOrBelow).append(" of ").append(pairs.size())
          .append(" |\n");
    }
    md.append("\nPer round (generated ns / floor ns):\n\n");
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
