package io.lambdaforge.local.cli;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.descriptor.report.CostReport;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.family.SourceFamilies;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "cost",
    mixinStandardHelpOptions = true,
    description = {
        "With --classpath: the application's monthly cost table, estimated from its functions.json"
            + " with the bundled prices (or --pricing).",
        "Without it: a what-if calculator for one function (--memory, --invocations and"
            + " --duration-ms are required).",
        "--json prints the estimate in the functions.json schema instead of the table."})
final class CostCommand implements Callable<Integer> {
  private final Console console;

  @Spec
  CommandSpec spec;

  @Option(names = "--classpath", paramLabel = "<cp>",
      description = "The application's class output and dependency jars, like java -cp.")
  String classpath;

  @Option(names = "--memory", paramLabel = "MB", description = "What-if: memory, 128..10240 MB.")
  Integer memoryMb;

  @Option(names = "--architecture", paramLabel = "x86_64|arm64", converter = ArchitectureConverter.class,
      description = "What-if: instruction set (default: x86_64).")
  Architecture architecture;

  @Option(names = "--invocations", paramLabel = "N", description = "What-if: invocations per month (0 = unknown).")
  Long invocations;

  @Option(names = "--duration-ms", paramLabel = "D", description = "What-if: average duration in ms.")
  Long durationMs;

  @Option(names = "--ephemeral-storage", paramLabel = "MB", description = "What-if: /tmp size, 512..10240 MB (default: 512).")
  Integer ephemeralStorageMb;

  @Option(names = "--timeout", paramLabel = "S",
      description = "What-if: timeout in seconds for the worst-case figures (default: 10, or the duration rounded up).")
  Integer timeoutSeconds;

  @Option(names = "--request-bytes", paramLabel = "B", description = "What-if: average request size (default: 1024).")
  Long requestBytes;

  @Option(names = "--response-bytes", paramLabel = "B", description = "What-if: average response size (default: 1024).")
  Long responseBytes;

  @Option(names = "--source", paramLabel = "<source>",
      description = "What-if: what invokes it: API_GATEWAY_HTTP, API_GATEWAY_REST, ALB, FUNCTION_URL or SDK (default: SDK).")
  Source source;

  @Option(names = "--no-free-tier", description = "Leave out the Lambda free tier (e.g. it is used up by other functions).")
  boolean noFreeTier;

  @Option(names = "--pricing", paramLabel = "<override.json>",
      description = "A pricing catalog override (other region or prices), merged over the bundled catalog.")
  Path pricing;

  @Option(names = "--json", description = "Print JSON (the functions.json schema) instead of the table.")
  boolean json;

  CostCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    List<String> whatIf = whatIfFlags();
    if (classpath != null && !whatIf.isEmpty()) {
      throw usage("--classpath prices the application; the what-if flags " + String.join(", ", whatIf)
          + " belong to the calculator: drop one or the other");
    }
    PricingCatalog catalog = catalog();
    if (classpath != null) {
      try (LocalApp app = LocalApp.fromClasspath(classpath, console.err())) {
        print(app.application(), app.estimate(catalog));
      }
      return ExitCodes.OK;
    }
    if (memoryMb == null || invocations == null || durationMs == null) {
      throw usage("give --classpath <cp> to price an application, or --memory, --invocations and"
          + " --duration-ms (optionally --architecture, --ephemeral-storage, --source) for a what-if");
    }
    Application app;
    try {
      app = WhatIf.application(memoryMb, architecture == null ? Architecture.X86_64 : architecture,
          invocations, durationMs, ephemeralStorageMb == null ? 512 : ephemeralStorageMb, timeoutSeconds,
          source == null ? SourceFamilies.directInvoke() : source, requestBytes == null ? 1024 : requestBytes,
          responseBytes == null ? 1024 : responseBytes);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    print(app, new CostEstimator(catalog).estimate(app));
    return ExitCodes.OK;
  }

  private void print(Application app, CostEstimate estimate) {
    console.out().print(json ? FunctionsDescriptor.render(app, estimate) : CostReport.text(estimate));
  }

  private PricingCatalog catalog() {
    if (pricing != null && !Files.isRegularFile(pricing)) {
      throw new CliException(ExitCodes.APP, "pricing override " + pricing + " does not exist");
    }
    PricingCatalog catalog;
    try {
      catalog = PricingCatalog.load(Optional.ofNullable(pricing));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new CliException(ExitCodes.APP, e.getMessage(), e);
    }
    return noFreeTier ? WhatIf.withoutFreeTier(catalog) : catalog;
  }

  private List<String> whatIfFlags() {
    List<String> flags = new ArrayList<>();
    addIf(flags, memoryMb, "--memory");
    addIf(flags, architecture, "--architecture");
    addIf(flags, invocations, "--invocations");
    addIf(flags, durationMs, "--duration-ms");
    addIf(flags, ephemeralStorageMb, "--ephemeral-storage");
    addIf(flags, timeoutSeconds, "--timeout");
    addIf(flags, requestBytes, "--request-bytes");
    addIf(flags, responseBytes, "--response-bytes");
    addIf(flags, source, "--source");
    return flags;
  }

  private static void addIf(List<String> flags, Object value, String flag) {
    if (value != null) {
      flags.add(flag);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Parses {@code x86_64} or {@code arm64}. */
  static final class ArchitectureConverter implements CommandLine.ITypeConverter<Architecture> {
    @Override
    public Architecture convert(String value) {
      try {
        return Architecture.parse(value.toLowerCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not an architecture; write x86_64 or arm64");
      }
    }
  }
}
