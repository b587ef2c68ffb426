package io.lambdaforge.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.assertGolden;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.file;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.descriptor.sam.CfnLint;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI documents: exact text for the sample compilation, validity under swagger-parser
 * (a maintained OpenAPI 3.0/3.1 parser and validator) with zero messages, schemas for every kind
 * of type and the Jackson annotations the runtime honours, Javadoc, determinism, and the REST
 * {@code DefinitionBody} of {@code -Alambdaforge.restDefinition=openapi} (3.0 form, API Gateway's
 * extensions, cfn-lint clean).
 */
class OpenApiDocumentTest {
  private static final String HTTP = "META-INF/lambdaforge/openapi-http.json";
  private static final String REST = "META-INF/lambdaforge/openapi-rest.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Compilation sample;
  private static Compilation shapes;
  private static Compilation validated;

  @BeforeAll
  static void compileAll() {
    sample = compile(SampleApp.orders(), SampleApp.web());
    shapes = compile(shapesSource());
    validated = compile(List.of("-Alambdaforge.restDefinition=openapi"), SampleApp.orders(), SampleApp.web(),
        shapesSource());
  }

  static JavaFileObject shapesSource() {
    return JavaFileObjects.forSourceLines(
        "com.acme.shapes.Shapes",
        "package com.acme.shapes;",
        "",
        "import com.fasterxml.jackson.annotation.*;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.runtime.http.HttpResponse;",
        "import java.math.BigDecimal;",
        "import java.time.*;",
        "import java.util.*;",
        "",
        "public class Shapes {",
        "  public enum Color { RED, @JsonProperty(\"dark-green\") GREEN, @JsonIgnore BLUE }",
        "  /** A thing with every kind of property. */",
        "  public record Thing(@JsonProperty(\"thing_id\") UUID id, int count, Integer boxed,",
        "      @JsonIgnore String secret, Optional<String> note, List<Color> colors,",
        "      Map<String, BigDecimal> prices, Instant at, LocalDate day, Duration delay,",
        "      @JsonInclude(JsonInclude.Include.NON_NULL) String label, byte[] data, Set<Long> ids,",
        "      Thing parent) {}",
        "  @JsonIgnoreProperties({\"internal\"})",
        "  public static class Bean {",
        "    public String visible;",
        "    public String getName() { return null; }",
        "    public boolean isActive() { return true; }",
        "    public String getInternal() { return null; }",
        "    @JsonIgnore public String getHidden() { return null; }",
        "  }",
        "",
        "  /**",
        "   * Reads one thing. The thing is found by {@code id}",
        "   * in the given tenant.",
        "   *",
        "   * @param id the id",
        "   */",
        "  @Function(triggers = {@Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\",",
        "      path = \"/things/{id}\"), @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\",",
        "      path = \"/things/{id}\")})",
        "  public Optional<Thing> getThing(@PathParam(\"id\") UUID id, @HeaderParam(\"x-tenant\") String tenant,",
        "      @QueryParam(\"tag\") List<String> tags, @QueryParam(\"since\") Optional<LocalDate> since,",
        "      @QueryParam(\"color\") Color color, @QueryParam(\"n\") long n, @CookieParam(\"session\") String session) {",
        "    return Optional.empty();",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/beans\"))",
        "  public HttpResponse<Bean> saveBean(@Body Bean bean) {",
        "    return HttpResponse.created(bean);",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, path = \"/files/{path+}\"))",
        "  public void files(@PathParam(\"path\") String path, @Body Optional<Thing> thing) {",
        "  }",
        "}");
  }

  @Test
  void sampleDocumentsMatchGolden() throws IOException {
    assertThat(sample).succeededWithoutWarnings();
    assertGolden("openapi-http.json", requireFile(sample, HTTP));
    assertGolden("openapi-rest.json", requireFile(sample, REST));
  }

  @Test
  void functionsJsonNamesTheDocuments() throws IOException {
    JsonNode functions = JSON.readTree(requireFile(sample, DescriptorAssembler.FUNCTIONS));
    assertEquals(HTTP, functions.path("openapi").path("http").asText());
    assertEquals(REST, functions.path("openapi").path("rest").asText());
  }

  @Test
  void everyDocumentValidatesWithZeroMessages() {
    for (Compilation compilation : List.of(sample, shapes, validated)) {
      for (String path : List.of(HTTP, REST)) {
        Optional<String> text = file(compilation, path);
        assertTrue(text.isPresent(), path);
        assertEquals(List.of(), messages(text.get()), path);
      }
    }
  }

  @Test
  void documentsAreByteIdenticalAcrossCompilationsAndSourceOrder() {
    Compilation reversed = compile(SampleApp.web(), SampleApp.orders());
    assertEquals(requireFile(sample, HTTP), requireFile(reversed, HTTP));
    assertEquals(requireFile(sample, REST), requireFile(reversed, REST));
    assertEquals(requireFile(shapes, HTTP), requireFile(compile(shapesSource()), HTTP));
  }

  @Test
  void schemasFollowTypesAndJacksonAnnotations() throws IOException {
    JsonNode doc = JSON.readTree(requireFile(shapes, HTTP));
    JsonNode thing = doc.at("/components/schemas/Thing");
    assertEquals("A thing with every kind of property.", thing.path("description").asText());
    JsonNode p = thing.path("properties");
    assertEquals(List.of("thing_id", "count", "boxed", "note", "colors", "prices", "at", "day", "delay", "label",
        "data", "ids", "parent"), fieldNames(p));
    assertEquals("{\"type\":[\"string\",\"null\"],\"format\":\"uuid\"}", p.path("thing_id").toString());
    assertEquals("{\"type\":\"integer\",\"format\":\"int32\"}", p.path("count").toString());
    assertEquals("{\"type\":[\"integer\",\"null\"],\"format\":\"int32\"}", p.path("boxed").toString());
    assertEquals("{\"type\":[\"string\",\"null\"]}", p.path("note").toString());
    assertEquals("{\"type\":[\"array\",\"null\"],\"items\":{\"$ref\":\"#/components/schemas/Color\"}}",
        p.path("colors").toString());
    assertEquals("{\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"type\":\"number\"}}",
        p.path("prices").toString());
    assertEquals("date-time", p.path("at").path("format").asText());
    assertEquals("date", p.path("day").path("format").asText());
    assertEquals("{\"type\":[\"number\",\"string\",\"null\"],\"format\":\"duration\","
        + "\"description\":\"seconds, or ISO-8601 text such as PT1M30S\"}", p.path("delay").toString());
    assertEquals("{\"type\":\"string\"}", p.path("label").toString(), "NON_NULL: never null");
    assertEquals("base64", p.path("data").path("contentEncoding").asText());
    assertTrue(p.path("ids").path("uniqueItems").asBoolean());
    assertEquals("{\"anyOf\":[{\"$ref\":\"#/components/schemas/Thing\"},{\"type\":\"null\"}]}",
        p.path("parent").toString());
    assertEquals("{\"type\":\"string\",\"enum\":[\"RED\",\"dark-green\"]}",
        doc.at("/components/schemas/Color").toString());
    JsonNode bean = doc.at("/components/schemas/Bean/properties");
    assertEquals(List.of("active", "name", "visible"), fieldNames(bean).stream().sorted().toList());
  }

  @Test
  void operationsCarryParametersBodiesResponsesAndJavadoc() throws IOException {
    JsonNode get = JSON.readTree(requireFile(shapes, HTTP)).at("/paths/~1things~1{id}/get");
    assertEquals("getThing", get.path("operationId").asText());
    assertEquals("Reads one thing.", get.path("summary").asText());
    assertEquals("The thing is found by id in the given tenant.", get.path("description").asText());
    assertEquals("[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\",\"format\":\"uuid\"}},"
        + "{\"name\":\"x-tenant\",\"in\":\"header\",\"required\":true,\"schema\":{\"type\":\"string\"}},"
        + "{\"name\":\"tag\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
        + "{\"name\":\"since\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\",\"format\":\"date\"}},"
        + "{\"name\":\"color\",\"in\":\"query\",\"required\":true,\"schema\":{\"$ref\":\"#/components/schemas/Color\"}},"
        + "{\"name\":\"n\",\"in\":\"query\",\"required\":true,\"schema\":{\"type\":\"integer\",\"format\":\"int64\"}},"
        + "{\"name\":\"session\",\"in\":\"cookie\",\"required\":true,\"schema\":{\"type\":\"string\"}}]",
        get.path("parameters").toString());
    assertEquals(List.of("200", "404", "400", "500", "default"), fieldNames(get.path("responses")));
    assertEquals("#/components/schemas/Thing",
        get.at("/responses/200/content/application~1json/schema/$ref").asText());
    JsonNode post = JSON.readTree(requireFile(shapes, HTTP)).at("/paths/~1beans/post");
    assertTrue(post.at("/requestBody/required").asBoolean());
    assertEquals(List.of("2XX", "404", "400", "413", "500", "default"), fieldNames(post.path("responses")));
    JsonNode files = JSON.readTree(requireFile(shapes, REST)).at("/paths/~1files~1{path}");
    assertEquals(List.of("get", "put", "post", "delete", "options", "head", "patch"), fieldNames(files));
    assertFalse(files.at("/put/requestBody/required").asBoolean(), "Optional body");
    assertEquals("204", fieldNames(files.at("/put/responses")).get(0));
    JsonNode badRequest = JSON.readTree(requireFile(shapes, HTTP)).at("/components/schemas/LambdaforgeBadRequest");
    assertEquals(List.of("message", "errors"), fieldNames(badRequest.path("properties")));
  }

  @Test
  void restDefinitionBodyIsOpenApi30WithApiGatewayValidation() throws IOException {
    assertThat(validated).succeededWithoutWarnings();
    JsonNode template = new YAMLMapper().readTree(requireFile(validated, DescriptorAssembler.TEMPLATE));
    JsonNode api = template.at("/Resources/RestApi");
    assertEquals("AWS::Serverless::Api", api.path("Type").asText());
    JsonNode body = api.at("/Properties/DefinitionBody");
    assertEquals("3.0.1", body.path("openapi").asText());
    assertEquals("all", body.path("x-amazon-apigateway-request-validator").asText());
    assertTrue(body.at("/x-amazon-apigateway-request-validators/all/validateRequestBody").asBoolean());
    assertTrue(body.at("/x-amazon-apigateway-request-validators/all/validateRequestParameters").asBoolean());
    JsonNode integration = body.at("/paths/~1orders~1{id}/get/x-amazon-apigateway-integration");
    assertEquals("aws_proxy", integration.path("type").asText());
    assertEquals("POST", integration.path("httpMethod").asText());
    assertEquals("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
        + "${GetOrderFunction.Arn}/invocations", integration.at("/uri/Fn::Sub").asText());
    assertTrue(body.at("/paths/~1files~1{path+}/x-amazon-apigateway-any-method").isObject());
    String thingNote = body.at("/components/schemas/Thing/properties/note").toString();
    assertEquals("{\"type\":\"string\",\"nullable\":true}", thingNote);
    assertFalse(body.toString().contains("x-lambdaforge"), "no Lambdaforge extensions in the definition");
    assertEquals(List.of("200", "404", "400", "500"), fieldNames(body.at("/paths/~1things~1{id}/get/responses")),
        "API Gateway imports numeric status codes only");
    JsonNode parameters = body.at("/paths/~1things~1{id}/get/parameters");
    assertEquals(6, parameters.size());
    parameters.forEach(p -> assertFalse(p.path("in").asText().equals("cookie"),
        "REST APIs do not import cookie parameters"));
    assertTrue(template.at("/Resources/GetOrderFunction/Properties/Events").isMissingNode(),
        "no SAM Api events beside the definition");
    assertEquals("apigateway.amazonaws.com",
        template.at("/Resources/GetOrderRestApiPermission/Properties/Principal").asText());
    // The definition body is a valid OpenAPI 3.0 document in its own right.
    assertEquals(List.of(), messages(JSON.writeValueAsString(body)));
    assertTrue(requireFile(validated, DescriptorAssembler.COST_REPORT).contains("not billed to Lambda"));
    // Without the option nothing changes in the template.
    assertFalse(requireFile(sample, DescriptorAssembler.TEMPLATE).contains("DefinitionBody"));
  }

  @Test
  void restDefinitionTemplatePassesCfnLint(@TempDir Path dir) throws IOException, InterruptedException {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, requireFile(validated, DescriptorAssembler.TEMPLATE));
    CfnLint.assertClean(template);
  }

  @Test
  void invalidRestDefinitionOptionIsAnError() {
    Compilation compilation = compile(List.of("-Alambdaforge.restDefinition=swagger"), SampleApp.orders());
    assertThat(compilation).hadErrorContaining("[LF_OPTION_VALUE] processor option"
        + " -Alambdaforge.restDefinition=swagger is invalid: write openapi");
  }

  /** swagger-parser's messages for a document, with references resolved. */
  static List<String> messages(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
    assertTrue(result.getOpenAPI() != null, "not parsed: " + result.getMessages());
    return result.getMessages() == null ? List.of() : result.getMessages();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

}
