package io.lambdaforge.processor.descriptor;

import io.lambdaforge.descriptor.sam.CfnLint;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.assertGolden;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.messages;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.notes;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptor of a realistic compilation: exact files, determinism, cfn-lint, the NOTE. */
class DescriptorGoldenTest {
  private static final List<String> FILES =
      List.of(DescriptorAssembler.TEMPLATE, DescriptorAssembler.FUNCTIONS,
          DescriptorAssembler.COST_REPORT);

  private static Compilation sample;

  @BeforeAll
  static void compileSample() {
    sample = compile(SampleApp.orders(), SampleApp.web());
  }

  @Test
  void sampleCompilesWithoutWarnings() {
    assertThat(sample).succeededWithoutWarnings();
  }

  @Test
  void templateMatchesGolden() throws IOException {
    assertGolden("template.yaml", requireFile(sample, DescriptorAssembler.TEMPLATE));
  }

  @Test
  void functionsJsonMatchesGolden() throws IOException {
    assertGolden("functions.json", requireFile(sample, DescriptorAssembler.FUNCTIONS));
  }

  @Test
  void costReportMatchesGolden() throws IOException {
    assertGolden("cost-report.md", requireFile(sample, DescriptorAssembler.COST_REPORT));
  }

  @Test
  void filesAreByteIdenticalAcrossCompilationsAndSourceOrder() {
    Compilation again = compile(SampleApp.orders(), SampleApp.web());
    Compilation reversed = compile(SampleApp.web(), SampleApp.orders());
    for (String file : FILES) {
      String first = requireFile(sample, file);
      assertEquals(first, requireFile(again, file), file);
      assertEquals(first, requireFile(reversed, file), file + " depends on the source order");
    }
  }

  /** The descriptor reads back into the same application; the NOTE is the cost table. */
  @Test
  void functionsJsonRoundTripsAndNoteIsTheCostTable() {
    String json = requireFile(sample, DescriptorAssembler.FUNCTIONS);
    FunctionsDescriptor.Document document =
        FunctionsDescriptor.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of("create-order", "get-order", "health", "listOrders", "recalculate", "search"),
        document.application().functions().stream().map(f -> f.name()).toList());
    assertEquals("java25", document.application().runtime());
    assertEquals(".", document.application().codeUri());

    List<String> costNotes =
        notes(sample).stream()
            .filter(n -> n.startsWith("Lambdaforge cost estimate"))
            .collect(Collectors.toList());
    assertEquals(1, costNotes.size(), () -> messages(sample));
    // javac indents the continuation lines of a multi-line diagnostic by two spaces.
    String note = costNotes.get(0).replace("\n  ", "\n");
    assertTrue(note.endsWith("\nFull report: META-INF/lambdaforge/cost-report.md in the class output"),
        note);
    // get-order, worked out by hand from https://aws.amazon.com/lambda/pricing/ and
    // https://aws.amazon.com/api-gateway/pricing/: 1024 MB arm64, 3M x 120 ms, one REST trigger.
    // requests 3M x $0.20/1M = $0.60; compute 3M x 0.12 s x 1 GB = 360,000 GB-s x $0.0000133334
    // = $4.80; REST 3M x $3.50/1M = $10.50; monthly $15.90; per 1M $0.20 + $1.60 + $3.50 = $5.30.
    String row = note.lines().filter(l -> l.startsWith("get-order ")).findFirst().orElseThrow();
    assertEquals(List.of("get-order", "arm64", "1024 MB", "$0.60", "$4.80", "$0.00", "$10.50",
        "$0.00", "$15.90", "$5.30"), List.of(row.split(" {2,}")).subList(0, 10), note);
  }

  @Test
  void templatePassesCfnLint(@TempDir Path dir) throws Exception {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, requireFile(sample, DescriptorAssembler.TEMPLATE));
    CfnLint.assertClean(template);
  }
}
