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
import io.lambdaforge.descriptor.model.FunctionSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Function URLs in the template: SAM's {@code FunctionUrlConfig}, one output per URL, and for a URL
 * behind CloudFront the OAC, the distribution and CloudFront's two permissions
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html).
 */
class FunctionUrlTemplateTest {
  private static Compilation compilation;
  private static JsonNode template;

  @BeforeAll
  static void compileApp() throws Exception {
    compilation = compile(api(
        "@Function(name = \"public-url\",",
        "    triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/hello\"))",
        "@FunctionUrl(auth = FunctionUrl.AuthType.NONE)",
        "public static String publicUrl() { return \"hi\"; }",
        "@Function(name = \"default-url\",",
        "    triggers = @Trigger(source = Source.FUNCTION_URL, path = \"/{proxy+}\"))",
        "public static String defaultUrl(@PathParam(\"proxy\") String proxy) { return proxy; }",
        "@Function(name = \"edge\", provisionedConcurrency = 2,",
        "    triggers = @Trigger(source = Source.FUNCTION_URL, method = \"POST\", path = \"/orders\"))",
        "@FunctionUrl(behindCloudFront = true)",
        "public static String edge(@Body String body) { return body; }"));
    template = new YAMLMapper().readTree(requireFile(compilation, DescriptorAssembler.TEMPLATE));
  }

  @Test
  void compilesCleanly() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void eachUrlIsAFunctionUrlConfigWithItsAuthTypeAndAnOutput() {
    assertEquals("NONE", template.at("/Resources/PublicUrlFunction/Properties/FunctionUrlConfig/AuthType").asText());
    assertEquals("BUFFERED", template.at("/Resources/PublicUrlFunction/Properties/FunctionUrlConfig/InvokeMode").asText());
    // no @FunctionUrl: the safe default
    assertEquals("AWS_IAM", template.at("/Resources/DefaultUrlFunction/Properties/FunctionUrlConfig/AuthType").asText());
    assertEquals("AWS_IAM", template.at("/Resources/EdgeFunction/Properties/FunctionUrlConfig/AuthType").asText());
    assertEquals("PublicUrlFunctionUrl", template.at("/Outputs/PublicUrlFunctionUrl/Value/Fn::GetAtt/0").asText());
    assertEquals("FunctionUrl", template.at("/Outputs/PublicUrlFunctionUrl/Value/Fn::GetAtt/1").asText());
    assertTrue(template.at("/Outputs/DefaultUrlFunctionUrl").isObject());
    // no SAM event for a URL route: the adapter routes
    assertTrue(template.at("/Resources/PublicUrlFunction/Properties/Events").isMissingNode());
    assertFalse(template.at("/Resources").has("PublicUrlDistribution"));
  }

  @Test
  void cloudFrontGetsAnOacADistributionAndBothPermissionsScopedToIt() {
    JsonNode oac = template.at("/Resources/EdgeUrlOriginAccessControl");
    assertEquals("AWS::CloudFront::OriginAccessControl", oac.get("Type").asText());
    JsonNode config = oac.at("/Properties/OriginAccessControlConfig");
    assertEquals("lambda", config.get("OriginAccessControlOriginType").asText());
    assertEquals("always", config.get("SigningBehavior").asText());
    assertEquals("sigv4", config.get("SigningProtocol").asText());

    JsonNode distribution = template.at("/Resources/EdgeDistribution");
    assertEquals("AWS::CloudFront::Distribution", distribution.get("Type").asText());
    JsonNode origin = distribution.at("/Properties/DistributionConfig/Origins/0");
    assertEquals("https-only", origin.at("/CustomOriginConfig/OriginProtocolPolicy").asText());
    assertEquals("EdgeUrlOriginAccessControl", origin.at("/OriginAccessControlId/Fn::GetAtt/0").asText());
    assertEquals("EdgeFunctionUrl", origin.at("/DomainName/Fn::Select/1/Fn::Split/1/Fn::GetAtt/0").asText());
    JsonNode behavior = distribution.at("/Properties/DistributionConfig/DefaultCacheBehavior");
    assertEquals("4135ea2d-6df8-44a3-9df3-4b5a84be39ad", behavior.get("CachePolicyId").asText());
    assertEquals("b689b0a8-53d0-40ab-baf2-68738e2966ac", behavior.get("OriginRequestPolicyId").asText());
    assertEquals(7, behavior.get("AllowedMethods").size());

    Map<String, JsonNode> permissions = Map.of(
        "lambda:InvokeFunctionUrl", template.at("/Resources/EdgeCloudFrontUrlPermission/Properties"),
        "lambda:InvokeFunction", template.at("/Resources/EdgeCloudFrontInvokePermission/Properties"));
    permissions.forEach((action, p) -> {
      assertEquals(action, p.get("Action").asText());
      assertEquals("cloudfront.amazonaws.com", p.get("Principal").asText());
      assertEquals("arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${EdgeDistribution}",
          p.at("/SourceArn/Fn::Sub").asText());
      // provisioned: the alias is what the URL invokes
      assertEquals("EdgeFunctionAliaslive", p.at("/FunctionName/Ref").asText());
    });
    assertEquals("AWS_IAM", permissions.get("lambda:InvokeFunctionUrl").get("FunctionUrlAuthType").asText());
    assertTrue(permissions.get("lambda:InvokeFunction").get("InvokedViaFunctionUrl").asBoolean());
    assertEquals("https://${EdgeDistribution.DomainName}", template.at("/Outputs/EdgeDistributionUrl/Value/Fn::Sub").asText());
  }

  @Test
  void templatePassesCfnLint(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("template.yaml");
    Files.writeString(file, requireFile(compilation, DescriptorAssembler.TEMPLATE));
    CfnLint.assertClean(file);
  }

  @Test
  void functionsJsonCarriesTheSettingsAndReadsBack() {
    String json = requireFile(compilation, DescriptorAssembler.FUNCTIONS);
    Map<String, FunctionSpec> byName = FunctionsDescriptor.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
        .application().functions().stream()
        .collect(Collectors.toMap(FunctionSpec::name, Function.identity()));
    assertEquals("NONE", byName.get("public-url").functionUrl().authType());
    assertTrue(byName.get("edge").functionUrl().behindCloudFront());
    assertEquals(null, byName.get("default-url").functionUrl());
    assertEquals("FUNCTION_URL", byName.get("edge").triggers().get(0).source().name());
  }
}
