package io.lambdaforge.processor.descriptor;

import io.lambdaforge.descriptor.measured.MeasuredFile;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.processor.diag.Message;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DescriptorProcessor's options ({@code javac -A<name>=<value>}), parsed and checked.
 *
 * <ul>
 *   <li>{@value #RUNTIME}: the Lambda runtime of every function, {@code java17}, {@code java21}
 *       or {@code java25} (default, the newest Java runtime AWS Lambda lists); {@code java17} gives a deprecation warning.
 *   <li>{@value #CODE_URI}: the SAM {@code CodeUri}, the deployable jar or directory relative to
 *       the template's directory; default {@code .} (the template's directory). When the template
 *       is deployed from {@code target/classes/META-INF/lambdaforge/}, point it at the jar, e.g.
 *       {@code ../../../app.jar}.
 *   <li>{@value #PRICING}: a pricing override JSON (same schema as the bundled catalog, may be
 *       partial); a relative path resolves against the compiler's working directory, so prefer an
 *       absolute one, e.g. {@code -Alambdaforge.pricing=${project.basedir}/pricing.json}.
 *   <li>{@value #MEASURED}: the measured-durations file {@code tune --write} keeps ({@code
 *       lambdaforge-measured.json} at the project root); a function that declares no {@code
 *       averageDurationMs} is estimated at its measured p50, e.g. {@code
 *       -Alambdaforge.measured=${project.basedir}/lambdaforge-measured.json}.
 * </ul>
 *
 * @param runtime the runtime
 * @param codeUri the code URI
 * @param pricing the override file, if given
 * @param catalog the prices to use (bundled, patched by the override)
 * @param measured the measured durations; empty when the option is not given
 */
public record DescriptorOptions(
    String runtime, String codeUri, Optional<Path> pricing, PricingCatalog catalog,
    MeasuredFile measured) {

  public static final String RUNTIME = "lambdaforge.runtime";
  public static final String CODE_URI = "lambdaforge.codeUri";
  public static final String PRICING = "lambdaforge.pricing";
  public static final String MEASURED = "lambdaforge.measured";

  /** Every option name, for {@code Processor.getSupportedOptions()}. */
  public static final Set<String> NAMES = Set.of(RUNTIME, CODE_URI, PRICING, MEASURED);

  /** AWS's dates for java17 (Amazon Linux 2), as cfn-lint's runtime lifecycle data lists them. */
  private static final String JAVA17_DEPRECATED = "2026-06-30";
  private static final String JAVA17_CREATE_BLOCKED = "2026-07-31";

  /**
   * What parsing produced.
   *
   * @param options the options, empty when any of them is invalid
   * @param reports errors and warnings about the options
   */
  public record Parsed(Optional<DescriptorOptions> options, List<GlobalReport> reports) {
    public Parsed {
      reports = List.copyOf(reports);
    }
  }

  /** Parses the processor options; a missing option or one given without a value is a default. */
  public static Parsed parse(Map<String, String> options) {
    List<GlobalReport> reports = new ArrayList<>();
    String runtime = options.get(RUNTIME);
    if (runtime == null) {
      runtime = Application.DEFAULT_RUNTIME;
    } else if (!Application.RUNTIMES.contains(runtime)) {
      reports.add(
          GlobalReport.error(
              Message.OPTION_VALUE, RUNTIME, runtime,
              "write java17, java21 or java25 (default " + Application.DEFAULT_RUNTIME + ")"));
    } else if (runtime.equals("java17")) {
      reports.add(
          GlobalReport.warning(
              Message.RUNTIME_DEPRECATED, runtime, JAVA17_DEPRECATED, JAVA17_CREATE_BLOCKED));
    }

    String codeUri = options.get(CODE_URI);
    if (codeUri == null) {
      codeUri = Application.DEFAULT_CODE_URI;
    } else if (codeUri.isBlank() || codeUri.chars().anyMatch(Character::isISOControl)) {
      reports.add(
          GlobalReport.error(
              Message.OPTION_VALUE, CODE_URI, codeUri,
              "write the deployable jar or directory relative to the template's directory, e.g. "
                  + "../../../app.jar (default " + Application.DEFAULT_CODE_URI + ")"));
    }

    Optional<Path> pricing = Optional.empty();
    PricingCatalog catalog = null;
    String pricingText = options.get(PRICING);
    try {
      if (pricingText != null) {
        pricing = Optional.of(pricingFile(pricingText));
      }
      catalog = PricingCatalog.load(pricing);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      reports.add(GlobalReport.error(Message.OPTION_VALUE, PRICING, pricingText, e.getMessage()));
    }

    MeasuredFile measured = MeasuredFile.empty();
    String measuredText = options.get(MEASURED);
    if (measuredText != null) {
      try {
        measured = MeasuredFile.read(existingFile(measuredText,
            "write the path of the file tune --write keeps, lambdaforge-measured.json, preferably absolute"));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        reports.add(GlobalReport.error(Message.OPTION_VALUE, MEASURED, measuredText, e.getMessage()));
      }
    }

    boolean failed = reports.stream().anyMatch(GlobalReport::isError);
    Optional<DescriptorOptions> parsed =
        failed
            ? Optional.empty()
            : Optional.of(new DescriptorOptions(runtime, codeUri, pricing, catalog, measured));
    return new Parsed(parsed, reports);
  }

  private static Path pricingFile(String text) {
    return existingFile(text, "write the path of a pricing override JSON, preferably absolute");
  }

  private static Path existingFile(String text, String advice) {
    Path path;
    try {
      path = Path.of(text);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          "not a valid path (" + e.getReason() + "); " + advice, e);
    }
    if (text.isBlank() || !Files.isRegularFile(path)) {
      throw new IllegalArgumentException(
          "no such file " + path.toAbsolutePath() + "; " + advice);
    }
    return path;
  }
}
