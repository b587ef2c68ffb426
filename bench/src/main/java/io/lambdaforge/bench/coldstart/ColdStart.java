package io.lambdaforge.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.Variant;
import io.lambdaforge.bench.report.Format;
import io.lambdaforge.bench.report.Stats;
import io.lambdaforge.bench.warm.ResponseCheck;
import io.lambdaforge.local.runtimeapi.FakeRuntimeApi;
import io.lambdaforge.local.runtimeapi.InvocationOutcome;
import io.lambdaforge.local.runtimeapi.RuntimeProcess;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Cold start: a fresh JVM per run ({@link RuntimeProcess}: {@code -XX:TieredStopAtLevel=1
 * -XX:+UseSerialGC}, as Lambda's Java runtimes run) that starts its runtime loop against a local
 * {@link FakeRuntimeApi}, loads the handler and answers one HTTP API event, which is queued before
 * the JVM starts. Time to first response runs from just before the process is spawned to the
 * moment the response is posted back. Configurations run round-robin so that machine noise spreads
 * over all of them. One extra run per configuration logs class loading ({@code -Xlog:class+load},
 * through {@code JAVA_TOOL_OPTIONS}) to count the classes loaded by the first response; with
 * {@code -Dlambdaforge.classLogs=<dir>} those logs are kept there for profiling.
 *
 * <p>Compared like with like: generated vs hand-written under the same launcher; the managed POJO
 * path can only run under AWS's runtime interface client, so generated and hand-written also run
 * there.
 *
 * <pre>{@code java -cp ... io.lambdaforge.bench.coldstart.ColdStart <runs> <classes dir> <classpath.txt> <out dir>}</pre>
 */
public final class ColdStart {
  private static final Case CASE = Case.HTTP_API;

  record Config(Launcher launcher, Variant variant) {
    String handler() {
      return CASE.handlerClass(variant) + "::handleRequest";
    }
  }

  record ClassCount(int total, int fromJars) {}

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: ColdStart <runs> <classes dir> <classpath.txt> <out dir>");
    }
    int runs = Integer.parseInt(args[0]);
    Path classes = Path.of(args[1]).toAbsolutePath();
    List<Path> jars = Stream.of(Files.readString(Path.of(args[2])).trim().split(File.pathSeparator))
        .map(Path::of).toList();
    Path out = Files.createDirectories(Path.of(args[3]));

    List<Config> configs = List.of(
        new Config(Launcher.BOOTSTRAP, Variant.GENERATED),
        new Config(Launcher.BOOTSTRAP, Variant.HAND_WRITTEN),
        new Config(Launcher.RIC, Variant.GENERATED),
        new Config(Launcher.RIC, Variant.HAND_WRITTEN),
        new Config(Launcher.RIC, Variant.MANAGED));
    byte[] event = CASE.event();
    JsonNode expected = ResponseCheck.receipt(CASE, Variant.HAND_WRITTEN,
        ResponseCheck.invoke(CASE.newHandler(Variant.HAND_WRITTEN), event));

    Map<Config, List<Double>> times = new LinkedHashMap<>();
    Map<Config, ClassCount> classes0 = new LinkedHashMap<>();
    StringBuilder csv = new StringBuilder("launcher,variant,run,ms\n");
    for (Config config : configs) {
      times.put(config, new ArrayList<>());
      // first (unmeasured) start per configuration: warms the OS page cache for its jars
      classes0.put(config, countClasses(config, classes, jars, event, expected));
    }
    for (int run = 0; run < runs; run++) {
      for (int i = 0; i < configs.size(); i++) {
        Config config = configs.get((i + run) % configs.size());
        double ms = timeFirstResponse(config, config.launcher().classpath(classes, jars), event, expected, Map.of());
        times.get(config).add(ms);
        csv.append(config.launcher()).append(',').append(config.variant()).append(',').append(run).append(',')
            .append(Format.fixed(ms, 1)).append('\n');
      }
      System.out.printf("cold start: run %d/%d done%n", run + 1, runs);
    }
    Files.writeString(out.resolve("coldstart.csv"), csv);
    Files.writeString(out.resolve("coldstart.md"), table(runs, times, classes0));
    System.out.print(Files.readString(out.resolve("coldstart.md")));
  }

  /** Milliseconds from spawning the JVM to its first (verified) response. */
  static double timeFirstResponse(Config config, String classpath, byte[] event, JsonNode expected,
      Map<String, String> env) throws Exception {
    try (FakeRuntimeApi api = FakeRuntimeApi.start()) {
      var future = api.invoke(event);
      long start = System.nanoTime();
      try (RuntimeProcess process = RuntimeProcess.start(config.launcher().mainClass(), config.handler(), classpath,
          api, env)) {
        InvocationOutcome outcome;
        try {
          outcome = future.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          throw new IllegalStateException(config + " gave no response in 60 s; output:\n" + process.output(), e);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (outcome.error()) {
          throw new IllegalStateException(config + " failed: " + outcome.bodyAsString() + "\n" + process.output());
        }
        JsonNode receipt = ResponseCheck.receipt(CASE, config.variant(), outcome.body());
        if (!receipt.equals(expected)) {
          throw new IllegalStateException(config + " answered " + receipt + ", expected " + expected);
        }
        return ms;
      }
    }
  }

  private static ClassCount countClasses(Config config, Path classes, List<Path> jars, byte[] event,
      JsonNode expected) throws Exception {
    Path log = Files.createTempFile("lambdaforge-classload-", ".log");
    try {
      String options = "-Xlog:class+load=info:file=" + log;
      timeFirstResponse(config, config.launcher().classpath(classes, jars), event, expected,
          Map.of("JAVA_TOOL_OPTIONS", options));
      String keep = System.getProperty("lambdaforge.classLogs");
      if (keep != null) {
        Path dir = Files.createDirectories(Path.of(keep));
        Files.copy(log, dir.resolve(config.launcher() + "-" + config.variant() + ".classes.log"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      int total = 0;
      int fromJars = 0;
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (!line.contains("[class,load]")) {
          continue;
        }
        total++;
        if (line.contains("source: file:") || line.contains("source: jar:")) {
          fromJars++;
        }
      }
      return new ClassCount(total, fromJars);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String table(int runs, Map<Config, List<Double>> times, Map<Config, ClassCount> classes) {
    StringBuilder md = new StringBuilder();
    md.append("### Cold start: time to first response (").append(CASE).append(" event, ").append(runs)
        .append(" fresh JVMs per row, interleaved)\n\n");
    md.append("| launcher | variant | median ms | p10 ms | p90 ms | min-max ms | classes loaded (from app jars) "
        + "| median vs hand-written, same launcher |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Config, List<Double>> e : times.entrySet()) {
      Config config = e.getKey();
      Stats s = Stats.of(e.getValue());
      Stats floor = Stats.of(times.get(new Config(config.launcher(), Variant.HAND_WRITTEN)));
      ClassCount count = classes.get(config);
      md.append("| ").append(config.launcher().label()).append(" | ").append(config.variant().label())
          .append(" | ").append(Format.fixed(s.median(), 1))
          .append(" | ").append(Format.fixed(s.p10(), 1))
          .append(" | ").append(Format.fixed(s.p90(), 1))
          .append(" | ").append(Format.fixed(s.min(), 1)).append('-').append(Format.fixed(s.max(), 1))
          .append(" | ").append(Format.whole(count.total())).append(" (").append(Format.whole(count.fromJars()))
          .append(")")
          .append(" | ").append(Format.ratio(s.median() / floor.median())).append(" |\n");
    }
    Stats generated = Stats.of(times.get(new Config(Launcher.BOOTSTRAP, Variant.GENERATED)));
    Stats handWritten = Stats.of(times.get(new Config(Launcher.BOOTSTRAP, Variant.HAND_WRITTEN)));
    Stats ricGenerated = Stats.of(times.get(new Config(Launcher.RIC, Variant.GENERATED)));
    Stats managed = Stats.of(times.get(new Config(Launcher.RIC, Variant.MANAGED)));
    double ratio = generated.median() / handWritten.median();
    md.append("\nTarget: generated <= 1.15x hand-written (same launcher, Bootstrap): ")
        .append(Format.ratio(ratio)).append(' ').append(Format.verdict(ratio <= 1.15)).append('\n');
    md.append("Generated vs managed-runtime POJO path (both under AWS RIC): ")
        .append(Format.ratio(ricGenerated.median() / managed.median())).append('\n');
    return md.toString();
  }
}
