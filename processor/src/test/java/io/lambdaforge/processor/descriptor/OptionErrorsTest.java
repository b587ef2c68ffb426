package io.lambdaforge.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.api;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor options: defaults, effects, and one clear error per bad value. */
class OptionErrorsTest {
  private static JavaFileObject ping() {
    return api("@Function", "public static String ping(String in) { return in; }");
  }

  private static void assertOptionError(List<String> options, String... fragments) {
    Compilation compilation = compile(options, ping());
    assertThat(compilation).failed();
    List<Diagnostic<? extends JavaFileObject>> errors =
        withCode(compilation, Diagnostic.Kind.ERROR, "LF_OPTION_VALUE");
    assertEquals(1, errors.size(), () -> DescriptorCompilations.messages(compilation));
    String text = errors.get(0).getMessage(null);
    for (String fragment : fragments) {
      assertTrue(text.contains(fragment), () -> "missing '" + fragment + "' in " + text);
    }
    // The cost note is printed exactly when the files are written.
    assertTrue(compilation.notes().isEmpty(), "printed the cost note");
  }

  @Test
  void unknownRuntime() {
    assertOptionError(
        List.of("-Alambdaforge.runtime=java11"),
        "[LF_OPTION_VALUE] processor option -Alambdaforge.runtime=java11 is invalid: write"
            + " java17, java21 or java25 (default java25)");
  }

  @Test
  void blankCodeUri() {
    assertOptionError(
        List.of("-Alambdaforge.codeUri= "), "-Alambdaforge.codeUri= ", "../../../app.jar");
  }

  @Test
  void missingPricingFile(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertOptionError(
        List.of("-Alambdaforge.pricing=" + missing),
        "-Alambdaforge.pricing=" + missing, "no such file", "pricing override JSON");
  }

  @Test
  void invalidPricingFile(@TempDir Path dir) throws IOException {
    Path prices = dir.resolve("prices.json");
    Files.writeString(prices, "{\"lambda\": {\"requestPricePerMillion\": \"cheap\"}}");
    assertOptionError(
        List.of("-Alambdaforge.pricing=" + prices), "-Alambdaforge.pricing=" + prices, "invalid");
  }

  @Test
  void runtimeAndCodeUriReachTheTemplate() {
    Compilation compilation =
        compile(
            List.of("-Alambdaforge.runtime=java25", "-Alambdaforge.codeUri=../../../app.jar"),
            ping());
    assertThat(compilation).succeededWithoutWarnings();
    String template = requireFile(compilation, DescriptorAssembler.TEMPLATE);
    assertTrue(template.contains("      Runtime: java25\n"), template);
    assertTrue(template.contains("      CodeUri: ../../../app.jar\n"), template);
  }

  @Test
  void java17WarnsButWrites() {
    Compilation compilation = compile(List.of("-Alambdaforge.runtime=java17"), ping());
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[LF_RUNTIME_DEPRECATED] runtime java17 is deprecated by AWS Lambda (deprecated"
                + " 2026-06-30, creating functions blocked from 2026-07-31; cfn-lint warns about"
                + " it); write -Alambdaforge.runtime=java21 or java25");
    assertTrue(
        requireFile(compilation, DescriptorAssembler.TEMPLATE).contains("Runtime: java17\n"));
  }

  @Test
  void parseDefaults() {
    DescriptorOptions.Parsed parsed = DescriptorOptions.parse(Map.of());
    assertTrue(parsed.reports().isEmpty());
    DescriptorOptions options = parsed.options().orElseThrow();
    assertEquals("java25", options.runtime());
    assertEquals(".", options.codeUri());
    assertTrue(options.pricing().isEmpty());
    assertEquals("us-east-1", options.catalog().region());
  }

  @Test
  void parseReportsEveryBadOption() {
    java.util.HashMap<String, String> options = new java.util.HashMap<>();
    options.put(DescriptorOptions.RUNTIME, "node20");
    options.put(DescriptorOptions.CODE_URI, "");
    options.put(DescriptorOptions.PRICING, "/no/such/prices.json");
    DescriptorOptions.Parsed parsed = DescriptorOptions.parse(options);
    assertTrue(parsed.options().isEmpty());
    assertEquals(
        List.of(DescriptorOptions.RUNTIME, DescriptorOptions.CODE_URI, DescriptorOptions.PRICING),
        parsed.reports().stream()
            .map(r -> r.text().replaceFirst("^\\[LF_OPTION_VALUE] processor option -A", ""))
            .map(t -> t.substring(0, t.indexOf('=')))
            .toList());
  }

  @Test
  void optionGivenWithoutValueMeansTheDefault() {
    java.util.HashMap<String, String> options = new java.util.HashMap<>();
    options.put(DescriptorOptions.RUNTIME, null);
    DescriptorOptions.Parsed parsed = DescriptorOptions.parse(options);
    assertEquals("java25", parsed.options().orElseThrow().runtime());
  }
}
