package io.lambdaforge.processor.descriptor;

import io.lambdaforge.descriptor.sam.CfnLint;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.api;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
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

/**
 * {@code @Function(snapStart = true)} and {@code -Alambdaforge.snapStart=true}: SnapStart on
 * published versions behind the alias {@code live}, which every event source and the ALB target
 * invoke; cfn-lint clean (https://docs.aws.amazon.com/lambda/latest/dg/snapstart-activate.html).
 */
class SnapStartTest {
  private static Compilation annotated;

  @BeforeAll
  static void compileRouter() {
    annotated = compile(api(
        "@Function(name = \"router\", snapStart = true, architecture = Architecture.ARM64,",
        "    triggers = {",
        "      @Trigger(source = Source.ALB, method = \"GET\", path = \"/route\", priority = 5),",
        "      @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/rest\"),",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/route\")})",
        "public static String route() { return \"ok\"; }",
        "@Function(name = \"plain\")",
        "public static String plain(String s) { return s; }"));
  }

  private static JsonNode template(Compilation compilation) throws Exception {
    return new YAMLMapper().readTree(requireFile(compilation, DescriptorAssembler.TEMPLATE));
  }

  @Test
  void compilesCleanly() {
    assertThat(annotated).succeededWithoutWarnings();
  }

  @Test
  void templateTurnsSnapStartOnBehindTheAliasAndEverySourceInvokesIt() throws Exception {
    JsonNode template = template(annotated);
    JsonNode router = template.at("/Resources/RouterFunction/Properties");
    assertEquals("PublishedVersions", router.at("/SnapStart/ApplyOn").asText());
    assertEquals("live", router.get("AutoPublishAlias").asText());
    assertFalse(router.has("ProvisionedConcurrencyConfig"));
    JsonNode plain = template.at("/Resources/PlainFunction/Properties");
    assertFalse(plain.has("SnapStart"));
    assertFalse(plain.has("AutoPublishAlias"));
    // ALB: the target group and the permission name the alias.
    assertEquals("RouterFunctionAliaslive",
        template.at("/Resources/RouterAlbTargetGroup/Properties/Targets/0/Id/Ref").asText());
    assertEquals("RouterFunctionAliaslive",
        template.at("/Resources/RouterAlbPermission/Properties/FunctionName/Ref").asText());
    assertEquals("RouterFunctionAliaslive",
        template.at("/Outputs/RouterFunctionAliasArn/Value/Ref").asText());
    // API Gateway: SAM events on a function with AutoPublishAlias invoke the alias.
    // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html
    assertTrue(router.at("/Events").size() >= 2, router.toString());
  }

  @Test
  void templatePassesCfnLint(@TempDir Path dir) throws Exception {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, requireFile(annotated, DescriptorAssembler.TEMPLATE));
    CfnLint.assertClean(template);
  }

  @Test
  void functionsJsonCarriesItAndReadsBack() {
    String json = requireFile(annotated, DescriptorAssembler.FUNCTIONS);
    FunctionsDescriptor.Document document =
        FunctionsDescriptor.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(false, true), document.application().functions().stream()
        .map(f -> f.snapStart()).toList());
    assertEquals(1, json.split("\"snapStart\" : true", -1).length - 1, json);
  }

  @Test
  void theOptionTurnsItOnForEveryFunction() throws Exception {
    Compilation all = compile(List.of("-Alambdaforge.snapStart=true"), api(
        "@Function(name = \"one\")",
        "public static String one(String s) { return s; }",
        "@Function(name = \"two\", triggers = @Trigger(source = Source.API_GATEWAY_HTTP,",
        "    method = \"GET\", path = \"/two\"))",
        "public static String two() { return \"2\"; }"));
    assertThat(all).succeededWithoutWarnings();
    JsonNode template = template(all);
    for (String id : List.of("OneFunction", "TwoFunction")) {
      JsonNode props = template.at("/Resources/" + id + "/Properties");
      assertEquals("PublishedVersions", props.at("/SnapStart/ApplyOn").asText(), id);
      assertEquals("live", props.get("AutoPublishAlias").asText(), id);
    }
  }

  @Test
  void aBadOptionValueIsAnError() {
    Compilation bad = compile(List.of("-Alambdaforge.snapStart=yes"), api(
        "@Function(name = \"one\")",
        "public static String one(String s) { return s; }"));
    assertThat(bad).hadErrorContaining(
        "[LF_OPTION_VALUE] processor option -Alambdaforge.snapStart=yes is invalid");
  }

  @Test
  void theOptionMeetsTheRulesToo() {
    Compilation both = compile(List.of("-Alambdaforge.snapStart=true"), api(
        "@Function(name = \"one\", provisionedConcurrency = 2)",
        "public static String one(String s) { return s; }"));
    assertThat(both).failed();
    assertThat(both).hadErrorContaining("[LF_SNAPSTART_PROVISIONED_CONCURRENCY] function one has"
        + " SnapStart (-Alambdaforge.snapStart=true) and provisionedConcurrency = 2");
  }
}
