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
 * {@link FakeRuntimeApi}, loads the handler and answers one event of its source (REST, HTTP API,
 * ALB, SDK: every source against its own hand-written floor), which is queued before the JVM starts. Time to first response runs from just before the process is spawned to the
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
  /** The source whose event the managed-runtime (RIC) rows answer. */
  private static final Case RIC_CASE = Case.HTTP_API;

  record Config(Case source, Launcher launcher, Variant variant, String javaOptions) {
    Config(Case source, Launcher launcher, Variant variant) {
      this(source, launcher, variant, "");
    }

    Map<String, String> env(String extra) {
      String options = (javaOptions + " " + extra).trim();
      return options.isEmpty() ? Map.of() : Map.of("JAVA_TOOL_OPTIONS", options);
    }

    String label() {
      return variant.label() + (javaOptions.isEmpty() ? "" : " + `" + javaOptions + "`");
    }

    String handler() {
      return source.handlerClass(variant) + "::handleRequest";
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

    List<Config> configs = new ArrayList<>();
    Map<Case, byte[]> events = new LinkedHashMap<>();
    Map<Case, JsonNode> expectations = new LinkedHashMap<>();
    for (Case source : Case.values()) {
      configs.add(new Config(source, Launcher.BOOTSTRAP, Variant.GENERATED));
      configs.add(new Config(source, Launcher.BOOTSTRAP, Variant.HAND_WRITTEN));
      events.put(source, source.event());
      expectations.put(source, ResponseCheck.receipt(source, Variant.HAND_WRITTEN,
          ResponseCheck.invoke(source.newHandler(Variant.HAND_WRITTEN), source.event())));
    }
    configs.add(new Config(RIC_CASE, Launcher.RIC, Variant.GENERATED));
    configs.add(new Config(RIC_CASE, Launcher.RIC, Variant.HAND_WRITTEN));
    configs.add(new Config(RIC_CASE, Launcher.RIC, Variant.MANAGED));

    Map<Config, List<Double>> times = new LinkedHashMap<>();
    Map<Config, ClassCount> classes0 = new LinkedHashMap<>();
    StringBuilder csv = new StringBuilder("source,launcher,variant,run,ms\n");
    for (Config config : configs) {
      times.put(config, new ArrayList<>());
      // first (unmeasured) start per configuration: warms the OS page cache for its jars
      classes0.put(config, countClasses(config, classes, jars, events.get(config.source()),
          expectations.get(config.source())));
    }
    for (int run = 0; run < runs; run++) {
      for (int i = 0; i < configs.size(); i++) {
        Config config = configs.get((i + run) % configs.size());
        double ms = timeFirstResponse(config, config.launcher().classpath(classes, jars),
            events.get(config.source()), expectations.get(config.source()), config.env(""));
        times.get(config).add(ms);
        csv.append(config.source()).append(',').append(config.launcher()).append(',').append(config.variant()).append(config.javaOptions().isEmpty() ? "" : "+C1").append(',').append(run).append(',')
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
        JsonNode receipt = ResponseCheck.receipt(config.source(), config.variant(), outcome.body());
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
      timeFirstResponse(config, config.launcher().classpath(classes, jars), event, expected, config.env(options));
      String keep = System.getProperty("lambdaforge.classLogs");
      if (keep != null) {
        Path dir = Files.createDirectories(Path.of(keep));
        Files.copy(log, dir.resolve(config.source() + "-" + config.launcher() + "-" + config.variant()
            + (config.javaOptions().isEmpty() ? "" : "-c1") + ".classes.log"),
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
    md.append("### Cold start: time to first response (").append(runs)
        .append(" fresh JVMs per row, all rows interleaved in one run)\n\n");
    md.append("| source | launcher | variant | median ms | p10 ms | p90 ms | min-max ms | classes loaded (from app jars) "
        + "| median vs hand-written, same source and launcher |\n");
    md.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Config, List<Double>> e : times.entrySet()) {
      Config config = e.getKey();
      Stats s = Stats.of(e.getValue());
      Stats floor = Stats.of(times.get(new Config(config.source(), config.launcher(), Variant.HAND_WRITTEN)));
      ClassCount count = classes.get(config);
      md.append("| ").append(config.source()).append(" | ").append(config.launcher().label())
          .append(" | ").append(config.label())
          .append(" | ").append(Format.fixed(s.median(), 1))
          .append(" | ").append(Format.fixed(s.p10(), 1))
          .append(" | ").append(Format.fixed(s.p90(), 1))
          .append(" | ").append(Format.fixed(s.min(), 1)).append('-').append(Format.fixed(s.max(), 1))
          .append(" | ").append(Format.whole(count.total())).append(" (").append(Format.whole(count.fromJars()))
          .append(")")
          .append(" | ").append(Format.ratio(s.median() / floor.median())).append(" |\n");
    }
    md.append("\nTarget: generated <= 0.9x hand-written per source (Bootstrap launcher):");
    for (Case source : Case.values()) {
      double ratio = Stats.of(times.get(new Config(source, Launcher.BOOTSTRAP, Variant.GENERATED))).median()
          / Stats.of(times.get(new Config(source, Launcher.BOOTSTRAP, Variant.HAND_WRITTEN))).median();
      md.append(' ').append(source).append(' ').append(Format.ratio(ratio)).append(' ')
          .append(Format.verdict(ratio <= 0.9)).append(';');
    }
    md.setLength(md.length() - 1);
    md.append('\n');
    Stats ricGenerated = Stats.of(times.get(new Config(RIC_CASE, Launcher.RIC, Variant.GENERATED)));
    Stats managed = Stats.of(times.get(new Config(RIC_CASE, Launcher.RIC, Variant.MANAGED)));
    md.append("Generated vs managed-runtime POJO path (both under AWS RIC, ").append(RIC_CASE).append("): ")
        .append(Format.ratio(ricGenerated.median() / managed.median())).append('\n');
    return md.toString();
  }
}
