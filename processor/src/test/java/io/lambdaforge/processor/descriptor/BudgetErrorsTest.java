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
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Budget diagnostics. Expected amounts are worked out by hand from the us-east-1 prices in
 * https://aws.amazon.com/lambda/pricing/ ($0.20 per 1M requests; $0.0000166667 per GB-s on x86, $0.0000133334 on
 * arm64), not copied from the estimator's output.
 */
class BudgetErrorsTest {
  /** 10M x 1 s x 1 GB: requests $2.00 + compute 10M GB-s = $166.67, total $168.67. */
  private static JavaFileObject crunch(String budget, String... annotations) {
    String[] body = new String[annotations.length + 4];
    int i = 0;
    for (String annotation : annotations) {
      body[i++] = annotation;
    }
    body[i++] = "@Function(memory = 1024,";
    body[i++] = "    traffic = @Traffic(invocationsPerMonth = 10_000_000, averageDurationMs = 1_000),";
    body[i++] = "    monthlyBudgetUsd = " + budget + ")";
    body[i] = "public static String crunch(String input) { return input; }";
    return api(body);
  }

  @Test
  void expectedCostOverBudgetIsAnErrorOnTheBudget() {
    JavaFileObject source = crunch("100");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[LF_BUDGET_EXCEEDED] function crunch is expected to cost $168.67 per month"
                + " (Lambda requests $2.00, Lambda compute (GB-s) $166.67), above its"
                + " monthlyBudgetUsd of $100.00; raise monthlyBudgetUsd to 168.67 or more, or"
                + " lower memory (1024 MB) or the average duration (1000 ms), or write"
                + " architecture = Architecture.ARM64 to save $33.33 per month")
        .inFile(source)
        .onLineContaining("monthlyBudgetUsd = 100");
    assertEquals(1, compilation.errors().size(), () -> DescriptorCompilations.messages(compilation));
  }

  @Test
  void pricingOverrideChangesTheEstimate(@TempDir Path dir) throws IOException {
    Path prices = dir.resolve("prices.json");
    Files.writeString(prices, "{\"lambda\": {\"requestPricePerMillion\": 0.40}}");
    JavaFileObject source = crunch("100");
    Compilation compilation =
        compile(List.of("-Alambdaforge.pricing=" + prices.toAbsolutePath()), source);
    assertThat(compilation)
        .hadErrorContaining("expected to cost $170.67 per month (Lambda requests $4.00,")
        .inFile(source)
        .onLineContaining("monthlyBudgetUsd = 100");
  }

  @Test
  void worstCaseOverBudgetIsAWarningNamingTheSuppressionKey() {
    // 1M x 100 ms x 1 GB: $0.20 + $1.67 = $1.87 expected; at the 10 s timeout $0.20 + $166.67.
    JavaFileObject source =
        api(
            "@Function(memory = 1024,",
            "    traffic = @Traffic(invocationsPerMonth = 1_000_000, averageDurationMs = 100),",
            "    monthlyBudgetUsd = 10)",
            "public static String lookup(String key) { return key; }");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[LF_BUDGET_WORST_CASE] function lookup would cost $166.87 per month if every"
                + " invocation ran to its 10 s timeout, above its monthlyBudgetUsd of $10.00"
                + " (expected: $1.87); lower timeout, raise monthlyBudgetUsd to 166.87, or add"
                + " @SuppressWarnings(\"lambdaforge:budget-worst-case\") to accept the risk")
        .inFile(source)
        .onLineContaining("monthlyBudgetUsd = 10)");
    assertEquals(1, withCode(compilation, Diagnostic.Kind.WARNING, "LF_BUDGET_WORST_CASE").size());
  }

  @Test
  void worstCaseWarningIsSuppressible() {
    Compilation onMethod =
        compile(
            api(
                "@SuppressWarnings(\"lambdaforge:budget-worst-case\")",
                "@Function(memory = 1024,",
                "    traffic = @Traffic(invocationsPerMonth = 1_000_000, averageDurationMs = 100),",
                "    monthlyBudgetUsd = 10)",
                "public static String lookup(String key) { return key; }"));
    assertThat(onMethod).succeededWithoutWarnings();
    String json = requireFile(onMethod, DescriptorAssembler.FUNCTIONS);
    assertTrue(json.contains("\"budgetStatus\" : \"WORST_CASE_OVER\""), json);
  }

  @Test
  void suppressionDoesNotHideAnExceededBudget() {
    JavaFileObject source = crunch("100", "@SuppressWarnings(\"lambdaforge:budget-worst-case\")");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("[LF_BUDGET_EXCEEDED]")
        .inFile(source).onLineContaining("monthlyBudgetUsd = 100");
  }

  @Test
  void withinBudgetAndUnknownTrafficGiveNoDiagnostic() {
    Compilation compilation =
        compile(
            api(
                "@Function(memory = 1024,",
                "    traffic = @Traffic(invocationsPerMonth = 10_000_000, averageDurationMs = 1_000),",
                "    timeout = 1, monthlyBudgetUsd = 200)",
                "public static String a(String input) { return input; }",
                "@Function(monthlyBudgetUsd = 1)",
                "public static String b(String input) { return input; }"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void arm64FunctionGetsNoArchitectureHint() {
    JavaFileObject source =
        api(
            "@Function(memory = 1024, architecture = Architecture.ARM64,",
            "    traffic = @Traffic(invocationsPerMonth = 10_000_000, averageDurationMs = 1_000),",
            "    monthlyBudgetUsd = 100)",
            "public static String crunch(String input) { return input; }");
    Compilation compilation = compile(source);
    // arm64: $2.00 + 10M GB-s x $0.0000133334 = $133.33, total $135.33.
    assertThat(compilation)
        .hadErrorContaining(
            "expected to cost $135.33 per month (Lambda requests $2.00, Lambda compute (GB-s)"
                + " $133.33), above its monthlyBudgetUsd of $100.00; raise monthlyBudgetUsd to"
                + " 135.34 or more, or lower memory (1024 MB) or the average duration (1000 ms)")
        .inFile(source)
        .onLineContaining("monthlyBudgetUsd = 100");
    String error = withCode(compilation, Diagnostic.Kind.ERROR, "LF_BUDGET_EXCEEDED").get(0)
        .getMessage(null);
    assertTrue(!error.contains("architecture ="), error);
  }
}
