package io.lambdaforge.descriptor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.descriptor.sample.Golden;
import io.lambdaforge.descriptor.sample.SampleApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionsDescriptorTest {
  private final Application app = SampleApplication.create();
  private final CostEstimate cost = new CostEstimator(PricingCatalog.defaults()).estimate(app);
  private final String json = FunctionsDescriptor.render(app, cost);

  private static FunctionsDescriptor.Document read(String text) {
    return FunctionsDescriptor.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void matchesGolden() throws IOException {
    Golden.assertMatches("functions.json", json);
  }

  @Test
  void isDeterministic() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FunctionsDescriptor.write(app, cost, out);
    assertEquals(json, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void readsBackTheApplicationAndTheCost() {
    FunctionsDescriptor.Document doc = read(json);
    assertEquals(app, doc.application());
    assertEquals(json, FunctionsDescriptor.render(doc.application(), doc.cost()));
    assertEquals(cost.function("reindex").orElseThrow().monthly(),
        doc.cost().function("reindex").orElseThrow().monthly());
    assertEquals(List.of("reindex"), doc.cost().totals().unknownTrafficFunctions());
    assertEquals(cost.function("getOrder").orElseThrow().budgetCheck().status(),
        doc.cost().function("getOrder").orElseThrow().budgetCheck().status());
  }

  @Test
  void sampleIsValidAgainstTheSchema() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schema;
    try (InputStream in = FunctionsDescriptor.class.getResourceAsStream(
        FunctionsDescriptor.SCHEMA_RESOURCE)) {
      schema = mapper.readTree(in);
    }
    JsonNode document = mapper.readTree(json);
    assertEquals(List.of(), SchemaCheck.validate(schema, document));

    ObjectNode broken = document.deepCopy();
    ((ObjectNode) broken.at("/functions/0")).put("memoryMb", 64);
    ((ObjectNode) broken.at("/functions/1/cost")).remove("vcpuShare");
    List<String> errors = SchemaCheck.validate(schema, broken);
    assertEquals(2, errors.size(), errors.toString());
  }

  @Test
  void measuredDurationSourceIsValidAgainstTheSchemaAndReadsBack() throws IOException {
    io.lambdaforge.descriptor.measured.MeasuredFunction measured =
        new io.lambdaforge.descriptor.measured.MeasuredFunction("reindex",
            io.lambdaforge.descriptor.model.Architecture.X86_64, "2026-11-30", "Test CPU", false,
            "not CPU-throttled", java.math.BigDecimal.ONE, List.of(
                new io.lambdaforge.descriptor.measured.MeasuredSize(128, java.math.BigDecimal.TEN,
                    java.math.BigDecimal.TEN, 5),
                new io.lambdaforge.descriptor.measured.MeasuredSize(10240, java.math.BigDecimal.ONE,
                    java.math.BigDecimal.ONE, 5)));
    int memory = app.functions().stream().filter(f -> f.name().equals("reindex")).findFirst()
        .orElseThrow().memoryMb();
    String text = FunctionsDescriptor.render(app, cost,
        java.util.Map.of("reindex", measured.durationAt(memory).orElseThrow()));
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schema;
    try (InputStream in = FunctionsDescriptor.class.getResourceAsStream(
        FunctionsDescriptor.SCHEMA_RESOURCE)) {
      schema = mapper.readTree(in);
    }
    JsonNode document = mapper.readTree(text);
    assertEquals(List.of(), SchemaCheck.validate(schema, document));
    assertTrue(text.contains("\"source\" : \"measured locally on 2026-11-30\""), text);
    assertTrue(text.contains("\"cpuThrottled\" : false"), text);
    assertEquals(app, read(text).application());
  }

  @Test
  void readerErrorsNameTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read(json.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2")));
    assertTrue(e.getMessage().contains("schemaVersion 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> read(json.replace("\"memoryMb\" : 1024", "\"memoryMb\" : 99")));
    assertTrue(e.getMessage().contains("functions[0]")
        && e.getMessage().contains("memoryMb must be 128..10240"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> read(json.replace("\"handler\"", "\"handlr\"")));
    assertTrue(e.getMessage().contains("functions[0].handler is missing"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> read("[1"));
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    assertFalse(json.contains("\r"));
  }

  @Test
  void provisionedConcurrencyIsWrittenOnlyWhenDeclaredAndIsSchemaValid() throws IOException {
    // (the cost's line item of the same name is a decimal, e.g. 0.0000)
    assertTrue(!json.matches("(?s).*\"provisionedConcurrency\" : \\d+,.*"), "not written when 0");
    Application provisioned = Application.of(List.of(
        io.lambdaforge.descriptor.model.FunctionSpec.builder("warm", "a.B::handleRequest")
            .provisionedConcurrency(3).build()));
    String text = FunctionsDescriptor.render(provisioned,
        new CostEstimator(PricingCatalog.defaults()).estimate(provisioned));
    assertTrue(text.contains("\"provisionedConcurrency\" : 3,"), text);
    assertEquals(3, read(text).application().functions().get(0).provisionedConcurrency());
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = FunctionsDescriptor.class.getResourceAsStream(
        FunctionsDescriptor.SCHEMA_RESOURCE)) {
      JsonNode schema = mapper.readTree(in);
      assertEquals(List.of(), SchemaCheck.validate(schema, mapper.readTree(text)));
      ObjectNode broken = (ObjectNode) mapper.readTree(text);
      ((ObjectNode) broken.at("/functions/0")).put("provisionedConcurrency", 0);
      assertEquals(1, SchemaCheck.validate(schema, broken).size());
    }
  }
}
