package io.lambdaforge.bench.priming;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.Events;
import io.lambdaforge.bench.report.Format;
import io.lambdaforge.bench.report.Stats;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The SnapStart priming proxy (issue 19 §2): the first request after a restore cannot be measured
 * here, so each run is a fresh JVM ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}, as the cold
 * start benchmark) that initialises the SnapStart adapter of {@code PrimedOrderApi} and answers its
 * first invocation, either right after init ({@code unprimed}: what a snapshot of a merely
 * initialised adapter gives) or after the adapter's generated priming ran ({@code primed}: what the
 * snapshot holds with priming), then runs warm in the same JVM. Both modes run round-robin, per
 * source, in one run, so load spreads over all; each JVM's first invocation is divided by its own
 * warm median, which cancels most of the machine's speed.
 *
 * <pre>{@code java -cp ... io.lambdaforge.bench.priming.PrimingProxy <runs> <classes dir> <classpath.txt> <out dir>}</pre>
 *
 * <p>Writes {@code priming.csv} and {@code priming.md} into the out dir.
 */
public final class PrimingProxy {
  private static final String ADAPTER = "io.lambdaforge.bench.app.PrimedOrderApi_";
  /** unprimed; the generated priming; the generated priming and the app's {@code @Prime} method. */
  private static final List<String> MODES = List.of("unprimed", "primed", "primed+@Prime");

  record Sample(double firstMicros, double warmMicros, double primeMillis, double secondMicros,
      double firstCpuMicros, double warmCpuMicros, double idleCpuMicros) {}

  private PrimingProxy() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: PrimingProxy <runs> <classes dir> <classpath.txt> <out dir>");
    }
    int runs = Integer.parseInt(args[0]);
    String classpath = Path.of(args[1]).toAbsolutePath() + File.pathSeparator
        + Files.readString(Path.of(args[2])).trim();
    Path out = Files.createDirectories(Path.of(args[3]));
    Map<Case, Path> events = new LinkedHashMap<>();
    for (Case source : Case.values()) {
      Path file = out.resolve("priming-event-" + source.name().toLowerCase() + ".json");
      Files.write(file, event(source));
      events.put(source, file);
    }
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    StringBuilder csv = new StringBuilder(
        "source,mode,run,first_us,warm_us,prime_ms,second_us,first_cpu_us,warm_cpu_us,idle_cpu_us\n");
    for (int run = 0; run < runs; run++) {
      for (Case source : Case.values()) {
        // rotate which mode goes first, so none always follows another
        List<String> order = new ArrayList<>(MODES);
        java.util.Collections.rotate(order, run % MODES.size());
        for (String mode : order) {
          Sample sample = probe(classpath, source, events.get(source), mode);
          samples.computeIfAbsent(source + "," + mode, k -> new ArrayList<>()).add(sample);
          csv.append(source).append(',').append(mode).append(',').append(run).append(',')
              .append(Format.fixed(sample.firstMicros, 1)).append(',')
              .append(Format.fixed(sample.warmMicros, 2)).append(',')
              .append(Format.fixed(sample.primeMillis, 1)).append(',')
              .append(Format.fixed(sample.secondMicros, 1)).append(',')
              .append(Format.fixed(sample.firstCpuMicros, 1)).append(',')
              .append(Format.fixed(sample.warmCpuMicros, 2)).append(',')
              .append(Format.fixed(sample.idleCpuMicros, 1)).append('\n');
        }
      }
      System.out.println("priming proxy: run " + (run + 1) + "/" + runs + " done");
    }
    Files.writeString(out.resolve("priming.csv"), csv);
    String report = report(samples, runs);
    Files.writeString(out.resolve("priming.md"), report);
    System.out.print(report);
  }

  /** The case's benchmark event with its path moved under {@code /primed}. */
  static byte[] event(Case source) throws IOException {
    byte[] bytes = source.event();
    if (source.eventFile() == null) {
      return bytes;
    }
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode event = (ObjectNode) mapper.readTree(bytes);
    if (event.has("rawPath")) {
      event.put("rawPath", "/primed" + event.get("rawPath").asText());
      ((ObjectNode) event.get("requestContext").get("http"))
          .put("path", "/primed" + event.get("requestContext").get("http").get("path").asText());
    } else {
      event.put("path", "/primed" + event.get("path").asText());
    }
    return mapper.writeValueAsBytes(event);
  }

  private static Sample probe(String classpath, Case source, Path event, String mode) throws Exception {
    String adapter = ADAPTER + (source == Case.SDK ? "PlaceOrderHandler" : "CreateOrderHandler");
    String expected = source == Case.SDK ? "\"orderId\"" : "\"statusCode\":200";
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.add("-Dlambdaforge.bench.primeUserCode=" + mode.endsWith("@Prime"));
    String rounds = System.getProperty("lambdaforge.priming.rounds");
    if (rounds != null) {
      command.add("-Dlambdaforge.priming.rounds=" + rounds);
    }
    command.addAll(List.of("-cp", classpath, PrimingProbe.class.getName(), adapter, event.toString(),
        mode.startsWith("primed") ? "primed" : "unprimed", expected));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || !output.startsWith("first_ns=")) {
      throw new IllegalStateException(source + " " + mode + " probe failed: " + output);
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (String pair : output.split(" ")) {
      String[] kv = pair.split("=");
      values.put(kv[0], Double.parseDouble(kv[1]));
    }
    return new Sample(values.get("first_ns") / 1e3, values.get("warm_ns") / 1e3, values.get("prime_ns") / 1e6,
        values.get("second_ns") / 1e3, values.get("first_cpu_ns") / 1e3, values.get("warm_cpu_ns") / 1e3,
        values.get("idle_cpu_ns") / 1e3);
  }

  private static String report(Map<String, List<Sample>> samples, int runs) {
    StringBuilder md = new StringBuilder();
    md.append("### SnapStart priming proxy: first invocation in a fresh JVM, primed vs unprimed vs warm\n\n");
    md.append("| source | mode | first invocation median µs | p10-p90 µs | second µs | warm median µs | first / warm (wall, median of per-JVM ratios) | first / warm (thread CPU) | first CPU µs | warm after 100 ms idle, CPU µs | priming ms | runs |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    StringBuilder verdicts = new StringBuilder();
    for (Case source : Case.values()) {
      Map<String, Double> firsts = new LinkedHashMap<>();
      for (String mode : MODES) {
        List<Sample> list = samples.get(source + "," + mode);
        Stats first = Stats.of(list.stream().map(Sample::firstMicros).toList());
        Stats warm = Stats.of(list.stream().map(Sample::warmMicros).toList());
        Stats ratio = Stats.of(list.stream().map(s -> s.firstMicros / s.warmMicros).toList());
        Stats prime = Stats.of(list.stream().map(Sample::primeMillis).toList());
        Stats second = Stats.of(list.stream().map(Sample::secondMicros).toList());
        Stats cpuRatio = Stats.of(list.stream().map(s -> s.firstCpuMicros / s.warmCpuMicros).toList());
        Stats firstCpu = Stats.of(list.stream().map(Sample::firstCpuMicros).toList());
        Stats idleCpu = Stats.of(list.stream().map(Sample::idleCpuMicros).toList());
        firsts.put(mode, first.median());
        md.append("| ").append(source).append(" | ").append(mode)
            .append(" | ").append(Format.fixed(first.median(), 0))
            .append(" | ").append(Format.fixed(first.p10(), 0)).append('-').append(Format.fixed(first.p90(), 0))
            .append(" | ").append(Format.fixed(second.median(), 0))
            .append(" | ").append(Format.fixed(warm.median(), 1))
            .append(" | ").append(Format.ratio(ratio.median()))
            .append(" | ").append(Format.ratio(cpuRatio.median()))
            .append(" | ").append(Format.fixed(firstCpu.median(), 0))
            .append(" | ").append(Format.fixed(idleCpu.median(), 0))
            .append(" | ").append(mode.startsWith("primed") ? Format.fixed(prime.median(), 0) : "-")
            .append(" | ").append(list.size()).append(" |\n");
        if (mode.startsWith("primed")) {
          verdicts.append("- ").append(source).append(": ").append(mode).append(" first invocation ")
              .append(Format.ratio(ratio.median())).append(" a warm one (target <= 2x) ")
              .append(Format.verdict(ratio.median() <= 2.0)).append(" (thread CPU: ")
              .append(Format.ratio(cpuRatio.median())).append("; ")
              .append(Format.ratio(firstCpu.median() / idleCpu.median()))
              .append(" a warm one after 100 ms idle); ")
              .append(Format.ratio(first.median() / firsts.get("unprimed")))
              .append(" the unprimed first invocation\n");
        }
      }
    }
    md.append('\n').append(verdicts);
    return md.toString();
  }
}
