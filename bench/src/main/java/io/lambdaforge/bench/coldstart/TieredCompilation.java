package io.lambdaforge.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.Variant;
import io.lambdaforge.bench.report.Format;
import io.lambdaforge.bench.warm.ResponseCheck;
import io.lambdaforge.local.runtimeapi.FakeRuntimeApi;
import io.lambdaforge.local.runtimeapi.InvocationOutcome;
import io.lambdaforge.local.runtimeapi.RuntimeProcess;
import io.lambdaforge.local.tune.CpuThrottle;
import io.lambdaforge.local.tune.LambdaSizing;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Lambda's C1-only default against full tiered compilation (issue 19 §3): fresh JVMs under AWS's
 * runtime interface client (the managed Java runtime's loop, {@link Launcher#RIC}) with Lambda's
 * JVM flags for the memory size ({@link LambdaSizing}) and under its CPU share ({@link CpuThrottle}:
 * 1 vCPU at 1,769 MB, in proportion below), each answering the generated adapter's event of its
 * source (REST, HTTP API, ALB, SDK) {@code 1 + after} times back to back through a local {@link
 * FakeRuntimeApi}: the cold start, then {@code after} warm invocations. All events are queued before
 * the JVM starts, so the JVM never waits for work; each response's arrival is timed from the spawn.
 * Every configuration (size x source x JIT setting) runs once per round, the order rotating each
 * round. The child's CPU time (all its threads, the JIT compilers' included) is read at its first
 * and last response.
 *
 * <pre>{@code java -cp ... io.lambdaforge.bench.coldstart.TieredCompilation <runs> <classes dir> <classpath.txt> <out dir> <memory MB>...}</pre>
 *
 * <p>{@code -Dlambdaforge.tiered.after=<n>} sets the invocations after the first (default {@value
 * #DEFAULT_AFTER}); {@code -Dlambdaforge.tiered.launcher=BOOTSTRAP} runs Lambdaforge's own loop
 * instead of RIC. Writes {@code tiered.csv} and {@code tiered.md} into the out dir.
 */
public final class TieredCompilation {
  static final int DEFAULT_AFTER = 11_000;
  /** The steady state: the mean of the last this many invocations. */
  static final int STEADY_WINDOW = 1_000;
  private static final Launcher LAUNCHER = Launcher.valueOf(System.getProperty("lambdaforge.tiered.launcher", "RIC"));
  private static final Variant VARIANT = Variant.GENERATED;

  record Config(int memoryMb, Case source, Jit jit) {}

  private TieredCompilation() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      throw new IllegalArgumentException(
          "usage: TieredCompilation <runs> <classes dir> <classpath.txt> <out dir> <memory MB>...");
    }
    // The JDK's HTTP server writes headers and body separately: without TCP_NODELAY, Nagle's
    // algorithm and the client's delayed ACK stall each exchange for ~40 ms, which would swamp the
    // invocations measured (read once, when the first server starts).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int runs = Integer.parseInt(args[0]);
    Path classes = Path.of(args[1]).toAbsolutePath();
    List<Path> jars = Stream.of(Files.readString(Path.of(args[2])).trim().split(File.pathSeparator))
        .map(Path::of).toList();
    Path out = Files.createDirectories(Path.of(args[3]));
    List<Integer> sizes = Stream.of(args).skip(4).map(Integer::parseInt).toList();
    int after = Integer.getInteger("lambdaforge.tiered.after", DEFAULT_AFTER);
    if (after <= STEADY_WINDOW) {
      throw new IllegalArgumentException("lambdaforge.tiered.after must exceed " + STEADY_WINDOW);
    }
    String classpath = LAUNCHER.classpath(classes, jars);
    CpuThrottle throttle = CpuThrottle.detect();
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.println("tiered: CPU quota by " + throttle.description() + "; " + after
        + " invocations after the first");

    List<Config> configs = new ArrayList<>();
    Map<Case, byte[]> events = new LinkedHashMap<>();
    Map<Case, JsonNode> expectations = new LinkedHashMap<>();
    for (Case source : Case.values()) {
      events.put(source, source.event());
      expectations.put(source, ResponseCheck.receipt(source, Variant.HAND_WRITTEN,
          ResponseCheck.invoke(source.newHandler(Variant.HAND_WRITTEN), source.event())));
    }
    for (int memoryMb : sizes) {
      for (Case source : Case.values()) {
        for (Jit jit : Jit.values()) {
          configs.add(new Config(memoryMb, source, jit));
        }
      }
    }
    Map<Config, List<Sample>> samples = new LinkedHashMap<>();
    for (Config config : configs) {
      samples.put(config, new ArrayList<>());
      // one unmeasured, short run per configuration: warms the OS page cache for its jars
      run(config, classpath, events.get(config.source()), expectations.get(config.source()),
          STEADY_WINDOW + 1, throttle, cores);
    }
    StringBuilder csv = new StringBuilder(
        "memory_mb,quota_cores,source,jit,run,cold_ms,next_1000_ms,next_10000_ms,steady_us,"
            + "cpu_first_ms,cpu_end_ms,throttled_periods\n");
    for (int run = 0; run < runs; run++) {
      for (int i = 0; i < configs.size(); i++) {
        Config config = configs.get((i + run) % configs.size());
        Sample sample = run(config, classpath, events.get(config.source()),
            expectations.get(config.source()), after, throttle, cores);
        samples.get(config).add(sample);
        Timeline t = sample.timeline();
        csv.append(config.memoryMb()).append(',')
            .append(Format.fixed(LambdaSizing.quotaCores(config.memoryMb(), cores), 3)).append(',')
            .append(config.source()).append(',').append(config.jit()).append(',').append(run).append(',')
            .append(Format.fixed(t.coldMillis(), 1)).append(',')
            .append(Format.fixed(t.nextMillis(Math.min(1_000, after)), 1)).append(',')
            .append(Format.fixed(t.nextMillis(Math.min(10_000, after)), 1)).append(',')
            .append(Format.fixed(t.steadyMicros(STEADY_WINDOW), 2)).append(',')
            .append(Format.fixed(sample.cpuFirstMillis(), 0)).append(',')
            .append(Format.fixed(sample.cpuEndMillis(), 0)).append(',')
            .append(sample.throttledPeriods().map(String::valueOf).orElse("")).append('\n');
      }
      System.out.printf("tiered: run %d/%d done%n", run + 1, runs);
    }
    Files.writeString(out.resolve("tiered.csv"), csv);
    String report = TieredReport.markdown(LAUNCHER.label(), runs, after, STEADY_WINDOW, cores,
        throttle.throttles() ? throttle.description() : "none (" + throttle.description() + ")", samples);
    Files.writeString(out.resolve("tiered.md"), report);
    System.out.print(report);
  }

  /** One JVM's timeline and its CPU time (ms, all threads) at the first and the last response. */
  record Sample(Timeline timeline, double cpuFirstMillis, double cpuEndMillis, Optional<Long> throttledPeriods) {}

  /** Starts a fresh JVM for {@code config}, has it answer {@code 1 + after} events, checks the answers. */
  static Sample run(Config config, String classpath, byte[] event, JsonNode expected, int after,
      CpuThrottle throttle, int cores) throws Exception {
    double quota = LambdaSizing.quotaCores(config.memoryMb(), cores);
    String handler = config.source().handlerClass(VARIANT) + "::handleRequest";
    long[] completions = new long[after + 1];
    CpuReader cpu = new CpuReader();
    CpuThrottle.Applied[] applied = new CpuThrottle.Applied[1];
    try (FakeRuntimeApi api = FakeRuntimeApi.start()) {
      List<CompletableFuture<InvocationOutcome>> futures = new ArrayList<>(after + 1);
      for (int i = 0; i <= after; i++) {
        int index = i;
        futures.add(api.invoke(event).whenComplete((outcome, failure) -> {
          completions[index] = System.nanoTime() - cpu.spawnNanos;
          if (index == 0) {
            cpu.first = cpu.read();
          }
        }));
      }
      cpu.spawnNanos = System.nanoTime();
      try (RuntimeProcess process = RuntimeProcess.start(LAUNCHER.mainClass(), handler, classpath, api,
          Map.of("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(config.memoryMb())),
          config.jit().jvmOptions(config.memoryMb()), command -> {
            applied[0] = throttle.apply(quota, command);
            return applied[0].command();
          })) {
        cpu.process = process.toHandle();
        CompletableFuture<Void> all = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
        int answered = -1;
        while (true) {
          try {
            all.get(30, TimeUnit.SECONDS);
            break;
          } catch (TimeoutException e) {
            int now = (int) futures.stream().filter(CompletableFuture::isDone).count();
            if (now == answered) { // no progress in 30 s
              throw new IllegalStateException(config + " stalled after " + now + " of " + (after + 1)
                  + " responses (queued: " + api.queuedInvocations() + "); output:\n" + process.output(), e);
            }
            answered = now;
          }
        }
        Duration end = cpu.read();
        Optional<Long> throttled = applied[0].throttledPeriods();
        for (int i : new int[] {0, after}) {
          InvocationOutcome outcome = futures.get(i).get();
          if (outcome.error()) {
            throw new IllegalStateException(config + " invocation " + i + " failed: " + outcome.bodyAsString()
                + "\n" + process.output());
          }
          JsonNode receipt = ResponseCheck.receipt(config.source(), VARIANT, outcome.body());
          if (!receipt.equals(expected)) {
            throw new IllegalStateException(config + " answered " + receipt + ", expected " + expected);
          }
        }
        long errors = futures.stream().filter(f -> f.join().error()).count();
        if (errors > 0) {
          throw new IllegalStateException(config + ": " + errors + " invocations failed");
        }
        return new Sample(new Timeline(completions), cpu.first.toNanos() / 1e6, end.toNanos() / 1e6, throttled);
      }
    } finally {
      if (applied[0] != null) {
        applied[0].close();
      }
    }
  }

  /** The child's spawn time and CPU time; written by the harness and the Runtime API's threads. */
  private static final class CpuReader {
    volatile long spawnNanos;
    volatile ProcessHandle process;
    volatile Duration first = Duration.ZERO;

    Duration read() {
      ProcessHandle handle = process;
      return handle == null ? Duration.ZERO : handle.info().totalCpuDuration().orElse(Duration.ZERO);
    }
  }
}
