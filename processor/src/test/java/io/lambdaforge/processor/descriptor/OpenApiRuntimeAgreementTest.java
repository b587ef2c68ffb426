package io.lambdaforge.processor.descriptor;

import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.lambdaforge.processor.Compilations;
import io.lambdaforge.runtime.internal.json.Json;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The component schemas against the runtime's own Jackson mapper ({@link Json#copy()}): what it
 * writes for the compiled types conforms to their schemas (Jackson annotations, Optional, java.time,
 * byte[], enums included), and JSON it refuses to read, the schemas refuse too.
 */
class OpenApiRuntimeAgreementTest {
  private static final ObjectMapper MAPPER = Json.copy();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static JsonNode document;
  private static ClassLoader loader;

  @BeforeAll
  static void compileShapes() throws Exception {
    Compilation shapes = compile(OpenApiDocumentTest.shapesSource());
    document = new ObjectMapper().readTree(requireFile(shapes, "META-INF/lambdaforge/openapi-http.json"));
    loader = Compilations.classLoader(shapes);
  }

  private static List<String> problems(String component, JsonNode value) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", "#/components/schemas/" + component);
    root.set("components", document.path("components"));
    ExecutionConfig config = ExecutionConfig.builder().formatAssertionsEnabled(true).build();
    Consumer<ExecutionContext> setup = context -> context.setExecutionConfig(config);
    return REGISTRY.getSchema(SchemaLocation.of("https://lambdaforge.invalid/openapi.json"), root)
        .validate(value, setup).stream().map(Error::toString).toList();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object color(String name) throws Exception {
    return Enum.valueOf((Class) loader.loadClass("com.acme.shapes.Shapes$Color"), name);
  }

  private static Object thing(boolean full, Object parent) throws Exception {
    Class<?> type = loader.loadClass("com.acme.shapes.Shapes$Thing");
    Constructor<?> constructor = type.getDeclaredConstructors()[0];
    if (!full) {
      return constructor.newInstance(null, 0, null, null, Optional.empty(), null, null, null, null, null, null, null,
          null, null);
    }
    return constructor.newInstance(UUID.randomUUID(), 3, 7, "s3cret", Optional.of("note"),
        List.of(color("RED"), color("GREEN")), Map.of("a", new BigDecimal("1.50")), Instant.parse("2026-01-02T03:04:05Z"),
        LocalDate.of(2026, 1, 2), Duration.ofSeconds(90), "label", new byte[] {1, 2, 3}, Set.of(1L, 2L), parent);
  }

  @Test
  void whatTheRuntimeWritesConformsToTheSchemas() throws Exception {
    JsonNode full = MAPPER.valueToTree(thing(true, thing(false, null)));
    assertTrue(full.has("thing_id") && !full.has("id") && !full.has("secret"), full.toString());
    assertEquals(List.of(), problems("Thing", full), full.toString());
    JsonNode empty = MAPPER.valueToTree(thing(false, null));
    assertFalse(empty.has("label"), "NON_NULL leaves label out: " + empty);
    assertEquals(List.of(), problems("Thing", empty), empty.toString());

    Object bean = loader.loadClass("com.acme.shapes.Shapes$Bean").getConstructor().newInstance();
    JsonNode beanJson = MAPPER.valueToTree(bean);
    assertEquals(Set.of("visible", "name", "active"), fieldNames(beanJson), beanJson.toString());
    assertEquals(List.of(), problems("Bean", beanJson));

    JsonNode green = MAPPER.valueToTree(color("GREEN"));
    assertEquals("dark-green", green.asText());
    assertEquals(List.of(), problems("Color", green));
  }

  @Test
  void whatTheRuntimeRefusesToReadTheSchemasRefuse() throws Exception {
    Class<?> type = loader.loadClass("com.acme.shapes.Shapes$Thing");
    for (String json : List.of("{\"count\":\"many\"}", "{\"thing_id\":\"not-a-uuid\"}", "{\"day\":\"2026-13-45\"}",
        "{\"colors\":[\"PURPLE\"]}", "{\"colors\":\"RED\"}", "{\"prices\":{\"a\":\"cheap\"}}", "[1]", "\"text\"",
        "{\"ids\":[\"x\"]}", "{\"parent\":[]}", "{\"wait\":\"soon\"}".replace("wait", "delay"))) {
      assertThrows(Exception.class, () -> MAPPER.readValue(json, type), json);
      assertFalse(problems("Thing", MAPPER.readTree(json)).isEmpty(), "the schema accepts " + json);
    }
    // and what it reads, the schema accepts
    JsonNode written = MAPPER.valueToTree(thing(true, null));
    MAPPER.treeToValue(written, type);
    assertEquals(List.of(), problems("Thing", written));
  }

  private static Set<String> fieldNames(JsonNode node) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
