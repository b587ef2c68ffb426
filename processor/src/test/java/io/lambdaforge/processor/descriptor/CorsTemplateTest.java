package io.lambdaforge.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.api;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import io.lambdaforge.descriptor.model.CorsSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.sam.CfnLint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Cors} in the template, one place per front door: the HTTP API's {@code CorsConfiguration}
 * and the REST API's SAM {@code Cors} (as {@code Globals}, for SAM's implicit APIs), and a function
 * URL's {@code FunctionUrlConfig.Cors}; functions.json carries it and reads it back; cfn-lint
 * accepts the template (with SAM's transform).
 */
class CorsTemplateTest {
  private static Compilation compilation;
  private static JsonNode template;

  @BeforeAll
  static void compileApp() throws Exception {
    compilation = compile(api(
        "@Function(name = \"http-a\", triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/a\"))",
        "@Cors(allowOrigins = {\"https://app.example.com\", \"http://localhost:5173\"}, allowHeaders = \"Content-Type\",",
        "    maxAgeSeconds = 600, allowCredentials = true)",
        "public static String a() { return \"a\"; }",
        "@Function(name = \"http-b\", triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/b\"))",
        "@Cors(allowOrigins = {\"https://app.example.com\", \"http://localhost:5173\"}, allowHeaders = \"Content-Type\",",
        "    maxAgeSeconds = 600, allowCredentials = true)",
        "public static String b() { return \"b\"; }",
        "@Function(name = \"rest\", triggers = @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/r\"))",
        "@Cors(allowOrigins = \"https://app.example.com\", allowMethods = {\"GET\", \"POST\"}, exposeHeaders = \"X-Total\")",
        "public static String r() { return \"r\"; }",
        "@Function(name = \"url\", triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/u\"))",
        "@FunctionUrl(auth = FunctionUrl.AuthType.NONE)",
        "@Cors(allowOrigins = \"*\", allowMethods = {\"GET\"}, maxAgeSeconds = 86400)",
        "public static String u() { return \"u\"; }",
        "@Function(name = \"plain\", triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/p\"))",
        "@FunctionUrl(auth = FunctionUrl.AuthType.NONE)",
        "public static String p() { return \"p\"; }",
        "@Function(name = \"alb\", triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/h\", priority = 1))",
        "@Cors(allowOrigins = \"https://app.example.com\")",
        "public static String h() { return \"h\"; }"));
    template = new YAMLMapper().readTree(requireFile(compilation, DescriptorAssembler.TEMPLATE));
  }

  @Test
  void compilesCleanly() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theHttpApiHasOneCorsConfiguration() {
    JsonNode cors = template.at("/Globals/HttpApi/CorsConfiguration");
    assertEquals("https://app.example.com", cors.at("/AllowOrigins/0").asText());
    assertEquals("http://localhost:5173", cors.at("/AllowOrigins/1").asText());
    assertEquals("*", cors.at("/AllowMethods/0").asText());
    assertEquals("Content-Type", cors.at("/AllowHeaders/0").asText());
    assertEquals(600, cors.get("MaxAge").asInt());
    assertTrue(cors.get("AllowCredentials").asBoolean());
    assertTrue(cors.at("/ExposeHeaders").isMissingNode());
  }

  @Test
  void theRestApiGetsSamsQuotedCors() {
    JsonNode cors = template.at("/Globals/Api/Cors");
    assertEquals("'https://app.example.com'", cors.get("AllowOrigin").asText());
    assertEquals("'GET,POST'", cors.get("AllowMethods").asText());
    assertNull(cors.get("MaxAge"));
    assertNull(cors.get("AllowCredentials"));
  }

  @Test
  void aFunctionUrlCarriesItsOwnCors() {
    JsonNode cors = template.at("/Resources/UrlFunction/Properties/FunctionUrlConfig/Cors");
    assertEquals("*", cors.at("/AllowOrigins/0").asText());
    assertEquals("GET", cors.at("/AllowMethods/0").asText());
    assertEquals(86400, cors.get("MaxAge").asInt());
    assertTrue(template.at("/Resources/PlainFunction/Properties/FunctionUrlConfig/Cors").isMissingNode());
  }

  @Test
  void anAlbRuleAlsoForwardsThePreflightToTheFunction() {
    List<String> methods = new java.util.ArrayList<>();
    template.get("Resources").forEach(r -> {
      if (r.path("Type").asText().equals("AWS::ElasticLoadBalancingV2::ListenerRule")) {
        r.at("/Properties/Conditions").forEach(c -> c.at("/HttpRequestMethodConfig/Values")
            .forEach(v -> methods.add(v.asText())));
      }
    });
    assertEquals(List.of("GET", "OPTIONS"), methods);
  }

  @Test
  void globalsComeBeforeTheResources() {
    List<String> keys = new java.util.ArrayList<>();
    template.fieldNames().forEachRemaining(keys::add);
    assertTrue(keys.indexOf("Globals") >= 0 && keys.indexOf("Globals") < keys.indexOf("Resources"), keys::toString);
  }

  @Test
  void templatePassesCfnLint(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("template.yaml");
    Files.writeString(file, requireFile(compilation, DescriptorAssembler.TEMPLATE));
    CfnLint.assertClean(file);
  }

  @Test
  void functionsJsonCarriesCorsAndReadsItBack() {
    String json = requireFile(compilation, DescriptorAssembler.FUNCTIONS);
    Map<String, FunctionSpec> byName = FunctionsDescriptor.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
        .application().functions().stream()
        .collect(Collectors.toMap(FunctionSpec::name, Function.identity()));
    assertEquals(new CorsSpec(List.of("https://app.example.com"), List.of("GET", "POST"), List.of(),
        List.of("X-Total"), 0, false), byName.get("rest").cors());
    assertEquals(600, byName.get("http-a").cors().maxAgeSeconds());
    assertNull(byName.get("plain").cors());
    assertFalse(json.contains("\"cors\" : null"));
  }
}
