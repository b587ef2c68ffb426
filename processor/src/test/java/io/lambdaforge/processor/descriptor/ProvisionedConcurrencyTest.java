package io.lambdaforge.processor.descriptor;

import io.lambdaforge.descriptor.sam.CfnLint;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.api;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.messages;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.notes;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Function(provisionedConcurrency = n)}: priced, in the template, cfn-lint clean. */
class ProvisionedConcurrencyTest {
  private static Compilation compilation;

  @BeforeAll
  static void compileRouter() {
    compilation = compile(api(
        "@Function(name = \"router\", memory = 4096, provisionedConcurrency = 7,",
        "    traffic = @Traffic(invocationsPerMonth = 2_000_000, averageDurationMs = 280),",
        "    triggers = {",
        "      @Trigger(source = Source.ALB, method = \"GET\", path = \"/route\", priority = 5),",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/route\")})",
        "public static String route() { return \"ok\"; }",
        "@Function(name = \"plain\")",
        "public static String plain(String s) { return s; }"));
  }

  @Test
  void compilesCleanly() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void templatePublishesTheAliasWithTheConcurrencyAndAlbInvokesIt() throws Exception {
    JsonNode template = new YAMLMapper().readTree(
        requireFile(compilation, DescriptorAssembler.TEMPLATE));
    JsonNode router = template.at("/Resources/RouterFunction/Properties");
    assertEquals("live", router.get("AutoPublishAlias").asText());
    assertEquals(7, router.at("/ProvisionedConcurrencyConfig/ProvisionedConcurrentExecutions").asInt());
    JsonNode plain = template.at("/Resources/PlainFunction/Properties");
    assertFalse(plain.has("AutoPublishAlias"));
    assertFalse(plain.has("ProvisionedConcurrencyConfig"));
    assertEquals("RouterFunctionAliaslive",
        template.at("/Resources/RouterAlbTargetGroup/Properties/Targets/0/Id/Ref").asText());
    assertEquals("RouterFunctionAliaslive",
        template.at("/Resources/RouterAlbPermission/Properties/FunctionName/Ref").asText());
    assertEquals("RouterFunctionAliaslive",
        template.at("/Outputs/RouterFunctionAliasArn/Value/Ref").asText());
  }

  @Test
  void templatePassesCfnLint(@TempDir Path dir) throws Exception {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, requireFile(compilation, DescriptorAssembler.TEMPLATE));
    CfnLint.assertClean(template);
  }

  @Test
  void functionsJsonCarriesItAndReadsBack() {
    String json = requireFile(compilation, DescriptorAssembler.FUNCTIONS);
    FunctionsDescriptor.Document document =
        FunctionsDescriptor.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(0, 7), document.application().functions().stream()
        .map(f -> f.provisionedConcurrency()).toList());
    assertEquals(1, json.split("\"provisionedConcurrency\" : 7,", -1).length - 1, json);
  }

  /**
   * Worked by hand from https://aws.amazon.com/lambda/pricing/ (x86): 7 x 4 GB x 730 h (2,628,000
   * s) = 73,584,000 GB-s x $0.0000041667 = $306.60, plus 2M x 0.28 s x 4 GB = 2,240,000 GB-s x
   * $0.0000097222 = $21.78 while enabled: $328.38 of provisioned concurrency, $0.00 on-demand
   * compute.
   */
  @Test
  void theCostTableShowsTheColumnWithTheHandWorkedFigure() {
    String note = notes(compilation).stream()
        .filter(n -> n.startsWith("Lambdaforge cost estimate")).findFirst()
        .orElseThrow(() -> new AssertionError(messages(compilation)))
        .replace("\n  ", "\n");
    List<String> header = List.of(note.lines().skip(1).findFirst().orElseThrow().strip().split(" {2,}"));
    assertTrue(header.contains("prov. conc."), note);
    String row = note.lines().filter(l -> l.startsWith("router ")).findFirst().orElseThrow();
    List<String> cells = List.of(row.split(" {2,}"));
    assertEquals("$328.38", cells.get(header.indexOf("prov. conc.")), note);
    assertEquals("$0.00", cells.get(header.indexOf("compute")), note);
  }
}
