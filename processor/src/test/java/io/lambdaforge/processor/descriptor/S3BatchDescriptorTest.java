package io.lambdaforge.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import io.lambdaforge.descriptor.sam.CfnLint;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S3 Batch functions in the descriptor: the FunctionArn Output (no permission: the job's role
 * invokes the function, https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html),
 * the source in functions.json, the cost from traffic with S3's own charges noted, cfn-lint.
 */
class S3BatchDescriptorTest {
  private static Compilation compilation;

  @BeforeAll
  static void compileTaggers() {
    compilation = compile(JavaFileObjects.forSourceLines("com.acme.Tags",
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.events.s3batch.*;",
        "public class Tags {",
        "  @Function(name = \"tag\", memory = 512, timeout = 60,",
        "      traffic = @Traffic(invocationsPerMonth = 2_000_000, averageDurationMs = 150),",
        "      triggers = @Trigger(source = Source.S3_BATCH))",
        "  public static S3BatchResult tag(S3BatchTask task) { return S3BatchResult.succeeded(); }",
        "  @Function(name = \"warm\", provisionedConcurrency = 1, triggers = @Trigger(source = Source.S3_BATCH))",
        "  public static S3BatchResult warm(S3BatchTask task) { return S3BatchResult.succeeded(); }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void templateOutputsTheFunctionArnAndAddsNoPermission() throws Exception {
    JsonNode template = new YAMLMapper().readTree(requireFile(compilation, DescriptorAssembler.TEMPLATE));
    assertEquals("TagFunction", template.at("/Outputs/TagS3BatchFunctionArn/Value/Fn::GetAtt/0").asText());
    assertEquals("Arn", template.at("/Outputs/TagS3BatchFunctionArn/Value/Fn::GetAtt/1").asText());
    assertEquals("WarmFunctionAliaslive", template.at("/Outputs/WarmS3BatchFunctionArn/Value/Ref").asText());
    assertFalse(template.at("/Resources/TagFunction/Properties").has("Events"), "S3 Batch needs no SAM event");
    template.get("Resources").fields().forEachRemaining(resource -> assertFalse(
        resource.getValue().path("Type").asText().equals("AWS::Lambda::Permission"), resource.getKey()));
  }

  /**
   * Lambda side only, by hand at us-east-1 x86 prices: 2,000,000 requests x $0.20/M = $0.40;
   * 2,000,000 x 0.15 s x 0.5 GB = 150,000 GB-s x $0.0000166667 = $2.500005, $2.5000 at four
   * decimals; no other line. The report notes S3's own Batch Operations charges.
   */
  @Test
  void costComesFromTrafficAndTheReportNotesS3Charges() throws Exception {
    String json = requireFile(compilation, DescriptorAssembler.FUNCTIONS);
    FunctionsDescriptor.Document document =
        FunctionsDescriptor.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("S3_BATCH", document.application().functions().get(0).triggers().get(0).source().name());
    JsonNode tag = new ObjectMapper().readTree(json).at("/functions/0");
    assertEquals("tag", tag.path("name").asText());
    assertEquals(new BigDecimal("0.4"), tag.at("/cost/monthly/requests").decimalValue().stripTrailingZeros());
    assertEquals(new BigDecimal("2.5"), tag.at("/cost/monthly/compute").decimalValue().stripTrailingZeros());
    assertEquals(new BigDecimal("2.9"), tag.at("/cost/monthly/total").decimalValue().stripTrailingZeros());
    String report = requireFile(compilation, DescriptorAssembler.COST_REPORT);
    assertTrue(report.contains("S3_BATCH functions: S3 Batch Operations invokes the function once per object"), report);
  }

  @Test
  void templatePassesCfnLint(@TempDir Path dir) throws Exception {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, requireFile(compilation, DescriptorAssembler.TEMPLATE));
    CfnLint.assertClean(template);
  }
}
