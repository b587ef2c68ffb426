package io.lambdaforge.local.tune;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.local.runtimeapi.RuntimeProcess;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one function at each memory size, each in a fresh {@link TuneChild} JVM with Lambda's heap
 * flags ({@link LambdaSizing}) under a CPU quota of Lambda's vCPU share ({@link CpuThrottle}),
 * one size after another so that sizes do not compete for the machine.
 */
public final class TuneRunner {
  private final String appClasspath;
  private final String toolClasspath;
  private final CpuThrottle throttle;
  private final int cores;


  /**
   * @param appClasspath the application, like {@code java -cp}
   * @param toolClasspath the classpath that holds {@link TuneChild} and its dependencies
   * @param throttle how to throttle each child
   */
  public TuneRunner(String appClasspath, String toolClasspath, CpuThrottle throttle) {
    this.appClasspath = appClasspath;
    this.toolClasspath = toolClasspath;
    this.throttle = throttle;
    this.cores = Runtime.getRuntime().availableProcessors();
  }

  /** The classpath of this JVM's own application (the tool), for {@code toolClasspath}. */
  public static String ownClasspath() {
    return RuntimeProcess.currentClasspath();
  }

  /**
   * Measures {@code function} at {@code memoryMb} with {@code invocations} warm invocations over
   * {@code events} (each a JSON document), durations multiplied by {@code calibration}.
   */
  public SizeResult measure(FunctionSpec function, int memoryMb, int invocations, List<byte[]> events,
      double calibration) throws IOException, InterruptedException {
    double quota = LambdaSizing.quotaCores(memoryMb, cores);
    Path work = Files.createTempDirectory("lambdaforge-tune-");
    try {
      Path result = work.resolve("result.json");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(LambdaSizing.jvmFlags(memoryMb));
      command.add("-cp");
      command.add(toolClasspath);
      command.add(TuneChild.class.getName());
      command.add(appClasspath);
      command.add(function.name());
      command.add(Integer.toString(memoryMb));
      command.add(Integer.toString(invocations));
      command.add(result.toString());
      for (int i = 0; i < events.size(); i++) {
        Path event = work.resolve("event-" + i + ".json");
        Files.write(event, events.get(i));
        command.add(event.toString());
      }
      try (CpuThrottle.Applied applied = throttle.apply(quota, command)) {
        ProcessBuilder builder = new ProcessBuilder(applied.command());
        Map<String, String> env = builder.environment();
        env.putAll(function.environment());
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        Path output = work.resolve("output.log");
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        Process child = builder.start();
        // Generous: every invocation to its timeout, plus the JVM's start.
        long limitSeconds = (invocations + 1L) * function.timeoutSeconds() + 120;
        if (!child.waitFor(limitSeconds, TimeUnit.SECONDS)) {
          child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          return SizeResult.failed(memoryMb, quota, throttle.throttles(),
              "the child JVM did not finish within " + limitSeconds + " s");
        }
        if (!Files.exists(result)) {
          return SizeResult.failed(memoryMb, quota, throttle.throttles(), "the child JVM exited with "
              + child.exitValue() + " without a measurement: " + tail(output));
        }
        return read(Json.reader().readTree(Files.readString(result)), memoryMb, quota,
            applied.throttledPeriods(), calibration, output);
      }
    } finally {
      deleteTree(work);
    }
  }

  private SizeResult read(JsonNode node, int memoryMb, double quota, Optional<Long> throttledPeriods,
      double calibration, Path output) throws IOException {
    if (node.has("failure")) {
      return SizeResult.failed(memoryMb, quota, throttle.throttles(),
          node.get("failure").asText() + " " + tail(output));
    }
    List<Double> durations = new ArrayList<>();
    node.path("durationsMs").forEach(d -> durations.add(d.asDouble() * calibration));
    return new SizeResult(memoryMb, quota, throttle.throttles(), throttledPeriods,
        node.path("initMs").asDouble() * calibration, node.path("firstMs").asDouble() * calibration,
        durations, node.path("errors").asInt(),
        Optional.ofNullable(node.get("firstError")).map(JsonNode::asText),
        Optional.ofNullable(node.get("peakRssMb")).map(JsonNode::asDouble), Optional.empty());
  }

  private static String tail(Path output) throws IOException {
    if (!Files.exists(output)) {
      return "";
    }
    String text = Files.readString(output).strip();
    return text.length() > 2000 ? "..." + text.substring(text.length() - 2000) : text;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** This machine's CPU model, from {@code /proc/cpuinfo} where there is one. */
  public static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name") && line.contains(":")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return System.getProperty("os.arch") + " (model unknown)";
  }
}
