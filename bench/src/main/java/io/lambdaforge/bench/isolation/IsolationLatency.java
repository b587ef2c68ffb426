package io.lambdaforge.bench.isolation;

import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.app.SampleEvents;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.invoke.InvocationResult;
import io.lambdaforge.local.invoke.LocalFunction;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each isolation mode costs: the first request of a function (its environment's init, then the
 * invocation) and a warm request, for {@code --isolation classloader} and {@code --isolation jvm},
 * the modes interleaved round by round so that both see the same machine load; prints the medians
 * and the ratios jvm / classloader.
 *
 * <p>Usage: {@code IsolationLatency <app classpath> <function> [rounds] [warm per round]}; run by
 * {@code bench/isolation-latency.sh}.
 */
public final class IsolationLatency {
  private IsolationLatency() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: IsolationLatency <app classpath> <function> [rounds] [warm per round]");
      System.exit(2);
    }
    String classpath = args[0];
    String function = args[1];
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int warm = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    List<ExecutionModel.Mode> modes = List.of(ExecutionModel.Mode.CLASSLOADER, ExecutionModel.Mode.JVM);
    Map<ExecutionModel.Mode, List<Double>> first = new EnumMap<>(ExecutionModel.Mode.class);
    Map<ExecutionModel.Mode, List<Double>> warmMs = new EnumMap<>(ExecutionModel.Mode.class);
    for (int round = 0; round < rounds + 1; round++) { // round 0 warms this JVM up and is not counted
      for (ExecutionModel.Mode mode : modes) {
        try (LocalApp app = LocalApp.fromClasspath(classpath, quiet, ExecutionModel.DEFAULT.mode(mode))) {
          byte[] event = SampleEvents.forFunction(app.function(function), Optional.empty()).toString()
              .getBytes(StandardCharsets.UTF_8);
          long start = System.nanoTime();
          LocalFunction target = app.load(function); // creates the first environment: its init
          check(target.invoke(event), mode);
          double firstMs = (System.nanoTime() - start) / 1e6;
          double[] each = new double[warm];
          for (int i = 0; i < warm; i++) {
            long t = System.nanoTime();
            check(target.invoke(event), mode);
            each[i] = (System.nanoTime() - t) / 1e6;
          }
          if (round > 0) {
            first.computeIfAbsent(mode, m -> new ArrayList<>()).add(firstMs);
            warmMs.computeIfAbsent(mode, m -> new ArrayList<>()).add(median(each));
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "function %s, %d rounds, %d warm requests per round (median of round medians)%n",
        function, rounds, warm);
    for (ExecutionModel.Mode mode : modes) {
      System.out.printf(Locale.ROOT, "%-12s first request %8.1f ms   warm request %7.3f ms%n", mode.cliName(),
          median(first.get(mode)), median(warmMs.get(mode)));
    }
    ExecutionModel.Mode base = ExecutionModel.Mode.CLASSLOADER;
    ExecutionModel.Mode jvm = ExecutionModel.Mode.JVM;
    System.out.printf(Locale.ROOT, "ratio jvm/classloader: first request %.1fx, warm request %.1fx%n",
        median(first.get(jvm)) / median(first.get(base)), median(warmMs.get(jvm)) / median(warmMs.get(base)));
  }

  private static void check(InvocationResult result, ExecutionModel.Mode mode) {
    if (!(result instanceof InvocationResult.Success)) {
      throw new IllegalStateException(mode.cliName() + ": the invocation did not succeed: " + result);
    }
  }

  private static double median(List<Double> values) {
    return median(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
