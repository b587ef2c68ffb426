package io.lambdaforge.processor.descriptor;

import io.lambdaforge.descriptor.sam.CfnLint;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Firehose transformation in the descriptor: the processor ARN Output, the source, the report note, cfn-lint. */
class FirehoseDescriptorTest {
  private static Compilation compilation;

  @BeforeAll
  static void compileTransformers() {
    compilation = compile(JavaFileObjects.forSourceLines("com.acme.Logs",
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "import java.util.Optional;",
        "public class Logs {",
        "  @Function(name = \"clean\", memory = 256, timeout = 120,",
        "      traffic = @Traffic(invocationsPerMonth = 1_000_000, averageDurationMs = 200),",
        "      triggers = @Trigger(source = Source.FIREHOSE))",
        "  public static Optional<String> clean(String line) { return Optional.of(line.trim()); }",
        "  @Function(name = \"hot\", provisionedConcurrency = 2, triggers = @Trigger(source = Source.FIREHOSE))",
        "  public static Optional<String> hot(String line) { return Optional.of(line); }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void templateOutputsTheArnForTheProcessingConfiguration() throws Exception {
    JsonNode template = new YAMLMapper().readTree(requireFile(compilation, DescriptorAssembler.TEMPLATE));
    assertEquals("CleanFunction", template.at("/Outputs/CleanFirehoseProcessorArn/Value/Fn::GetAtt/0").asText());
    assertEquals("Arn", template.at("/Outputs/CleanFirehoseProcessorArn/Value/Fn::GetAtt/1").asText());
    assertEquals("HotFunctionAliaslive", template.at("/Outputs/HotFirehoseProcessorArn/Value/Ref").asText());
    assertFalse(template.at("/Resources/CleanFunction/Properties").has("Events"), "Firehose needs no SAM event");
    assertEquals(120, template.at("/Resources/CleanFunction/Properties/Timeout").asInt());
  }

  @Test
  void functionsJsonNamesTheSourceAndReadsBack() {
    String json = requireFile(compilation, DescriptorAssembler.FUNCTIONS);
    FunctionsDescriptor.Document document =
        FunctionsDescriptor.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("FIREHOSE", document.application().functions().get(0).triggers().get(0).source().name());
  }

  /**
   * Lambda side only, by hand at us-east-1 x86 prices: 1,000,000 requests x $0.20/M = $0.20;
   * 1,000,000 x 0.2 s x 0.25 GB = 50,000 GB-s x $0.0000166667 = $0.83; with the free tier noted
   * separately. The Firehose note says its own charges are not included.
   */
  @Test
  void costReportPricesTheLambdaSideAndNotesFirehoseCharges() {
    String report = requireFile(compilation, DescriptorAssembler.COST_REPORT);
    assertTrue(report.contains("Amazon Data Firehose bills ingestion"), report);
    assertTrue(report.contains("clean"), report);
  }

  @Test
  void templatePassesCfnLint(@TempDir Path dir) throws Exception {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, requireFile(compilation, DescriptorAssembler.TEMPLATE));
    CfnLint.assertClean(template);
  }
}
