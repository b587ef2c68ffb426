package io.lambdaforge.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.measured.MeasuredFile;
import io.lambdaforge.descriptor.measured.MeasuredFunction;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.app.SampleEvents;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.local.tune.CpuThrottle;
import io.lambdaforge.local.tune.SizeResult;
import io.lambdaforge.local.tune.TuneCosts;
import io.lambdaforge.local.tune.TuneReport;
import io.lambdaforge.local.tune.TuneRunner;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "tune",
    mixinStandardHelpOptions = true,
    description = {
        "Runs one function at each memory size in a fresh JVM sized like Lambda's Java runtime and held"
            + " to Lambda's CPU share (memory / 1769 MB vCPUs) through Linux cgroups where possible; measures"
            + " init, then N warm invocations (p50/p90/p99, billed duration, peak memory); prices each size at"
            + " x86_64 and arm64; recommends the cheapest, fastest and balanced size (AWS Lambda Power Tuning's"
            + " strategies).",
        "Durations are this machine's: Lambda's CPUs differ (see --calibration)."})
final class TuneCommand implements Callable<Integer> {
  private final Console console;

  @Spec
  CommandSpec spec;

  @Option(names = "--classpath", required = true, paramLabel = "<cp>",
      description = "The application's class output and dependency jars, like java -cp.")
  String classpath;

  @Option(names = "--function", required = true, paramLabel = "<name>", description = "The function to tune.")
  String function;

  @Option(names = "--event", paramLabel = "<file>",
      description = "An event (JSON file; any source or a direct-invoke payload); repeat for several, used in turn."
          + " Default: the function's sample events, one per HTTP trigger source (see the events command), or {}"
          + " for a function invoked only directly.")
  List<Path> events = new ArrayList<>();

  @Option(names = "--memory", split = ",", paramLabel = "MB",
      description = "Memory sizes, 128..10240 (default: 128,256,512,1024,1769,3008).")
  List<Integer> memory = new ArrayList<>(List.of(128, 256, 512, 1024, 1769, 3008));

  @Option(names = "--invocations", paramLabel = "N", description = "Warm invocations per size (default: 50).")
  int invocations = 50;

  @Option(names = "--calibration", paramLabel = "<factor>",
      description = "Multiply every duration by this (Lambda's speed relative to this machine; default 1).")
  double calibration = 1;

  @Option(names = "--balanced-weight", paramLabel = "W",
      description = "The balanced strategy's weight, 0 (fastest) .. 1 (cheapest); default 0.5 as in Power Tuning.")
  double weight = 0.5;

  @Option(names = "--json", description = "Print the report as JSON instead of the table.")
  boolean json;

  @Option(names = "--html", paramLabel = "<file>", description = "Also write a self-contained HTML page with the chart.")
  Path html;

  @Option(names = "--write", description = "Store the p50 and p90 per size in the measured-durations file.")
  boolean write;

  @Option(names = "--measured-file", paramLabel = "<file>",
      description = "The measured-durations file --write updates (default: lambdaforge-measured.json here, the project root).")
  Path measuredFile = Path.of(MeasuredFile.FILE_NAME);

  TuneCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Set<Integer> sizes = new TreeSet<>();
    for (int mb : memory) {
      if (mb < 128 || mb > 10_240) {
        throw usage("--memory " + mb + " is outside Lambda's 128..10240 MB");
      }
      sizes.add(mb);
    }
    if (invocations < 1 || invocations > 100_000) {
      throw usage("--invocations must be 1..100000, got " + invocations);
    }
    if (!(calibration > 0) || Double.isInfinite(calibration)) {
      throw usage("--calibration must be a positive factor, got " + calibration);
    }
    if (!(weight >= 0 && weight <= 1)) {
      throw usage("--balanced-weight must be 0..1, got " + weight);
    }
    FunctionSpec target;
    List<byte[]> payloads;
    try (LocalApp app = LocalApp.fromClasspath(classpath, console.err())) {
      target = app.function(function);
      payloads = events.isEmpty() ? sampleEvents(target, app.application().authorizers()) : readEvents();
    }
    CpuThrottle throttle = CpuThrottle.detect();
    String cpu = TuneRunner.cpuModel();
    console.err().println("tune " + target.name() + ": " + sizes.size() + " sizes x " + invocations
        + " warm invocations over " + payloads.size() + " event(s); CPU " + cpu + "; "
        + (throttle.throttles() ? "throttle: " + throttle.description() : throttle.description()));
    TuneRunner runner = new TuneRunner(classpath, TuneRunner.ownClasspath(), throttle);
    List<SizeResult> results = new ArrayList<>();
    for (int mb : sizes) {
      SizeResult result = runner.measure(target, mb, invocations, payloads, calibration);
      console.err().println("  " + mb + " MB: " + (result.failure().isPresent() ? "failed: " + result.failure().get()
          : String.format(java.util.Locale.ROOT, "p50 %.2f ms", result.p50())));
      results.add(result);
    }
    TuneReport report = new TuneReport(target, cpu, throttle, calibration, Instant.now(), results,
        new TuneCosts(PricingCatalog.defaults()), weight);
    console.out().print(json ? report.jsonText() : report.text());
    if (html != null) {
      Files.writeString(html, report.html(), StandardCharsets.UTF_8);
      console.err().println("wrote " + html);
    }
    if (write) {
      Optional<MeasuredFunction> measured = report.measured();
      if (measured.isEmpty()) {
        throw new CliException(ExitCodes.APP, "no size ran without errors within its memory; nothing written to "
            + measuredFile);
      }
      try {
        MeasuredFile.readOrEmpty(measuredFile).with(measured.get()).write(measuredFile);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new CliException(ExitCodes.APP, e.getMessage(), e);
      }
      console.err().println("wrote " + target.name() + " to " + measuredFile
          + " (compile with -Alambdaforge.measured=" + measuredFile.toAbsolutePath() + ")");
    }
    return ExitCodes.OK;
  }

  private static List<byte[]> sampleEvents(FunctionSpec target,
      List<io.lambdaforge.descriptor.model.AuthorizerSpec> authorizers) throws IOException {
    Set<Source> sources = new LinkedHashSet<>();
    for (TriggerSpec t : target.triggers()) {
      sources.add(LocalApp.source(t));
    }
    // A direct-invoke sample is {}, which a function with routes rarely accepts as a payload: its
    // HTTP samples stand for it; {} only for a function without routes.
    Source direct = SourceFamilies.directInvoke();
    if (sources.stream().anyMatch(s -> s != direct)) {
      sources.remove(direct);
    } else {
      sources.add(direct);
    }
    List<byte[]> events = new ArrayList<>();
    for (Source source : sources) {
      events.add(Json.writer().writeValueAsBytes(SampleEvents.forFunction(target, Optional.of(source), authorizers)));
    }
    return events;
  }

  private List<byte[]> readEvents() {
    List<byte[]> payloads = new ArrayList<>();
    for (Path event : events) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(event);
      } catch (NoSuchFileException e) {
        throw new CliException(ExitCodes.APP, "event file " + event + " does not exist");
      } catch (IOException e) {
        throw new CliException(ExitCodes.APP, "cannot read the event " + event + ": " + e.getMessage(), e);
      }
      try {
        JsonNode parsed = Json.reader().readTree(bytes);
        if (parsed == null || parsed.isMissingNode()) {
          throw new CliException(ExitCodes.APP, "the event " + event + " is empty; a Lambda event is a JSON document");
        }
      } catch (IOException e) {
        throw new CliException(ExitCodes.APP, "the event " + event + " is not valid JSON: " + e.getMessage(), e);
      }
      payloads.add(bytes);
    }
    return payloads;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
