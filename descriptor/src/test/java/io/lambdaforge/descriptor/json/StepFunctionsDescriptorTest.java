package io.lambdaforge.descriptor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.family.stepfunctions.StepFunctionsFamily;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.descriptor.sam.CfnLint;
import io.lambdaforge.descriptor.sam.SamTemplateWriter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Step Functions task function in the descriptor: its error names in functions.json (sorted, read
 * back, valid against the schema), its ARN as the template's output, no permission (the state
 * machine's role grants the invoke), Lambda's cost from traffic.
 */
class StepFunctionsDescriptorTest {
  private final FunctionSpec reserve = FunctionSpec.builder("reserveStock", "com.acme.Saga_ReserveStockHandler::handleRequest")
      .memoryMb(512).timeoutSeconds(30)
      .trigger(StepFunctionsFamily.trigger(false))
      .traffic(new TrafficSpec(2_000_000, 100, 1024, 1024))
      .errorNames(List.of("OutOfStock", "OrderRejected", "Lambdaforge.ResultTooLarge"))
      .build();
  private final Application app = Application.of(List.of(reserve));
  private final CostEstimate cost = new CostEstimator(PricingCatalog.defaults()).estimate(app);

  @Test
  void errorNamesAreSortedWrittenAndReadBack() throws Exception {
    assertEquals(List.of("Lambdaforge.ResultTooLarge", "OrderRejected", "OutOfStock"), reserve.errorNames());
    String json = FunctionsDescriptor.render(app, cost);
    JsonNode document = new ObjectMapper().readTree(json);
    assertEquals("[\"Lambdaforge.ResultTooLarge\",\"OrderRejected\",\"OutOfStock\"]",
        document.at("/functions/0/errorNames").toString());
    assertEquals("STEP_FUNCTIONS", document.at("/functions/0/triggers/0/source").asText());
    assertEquals("arn:aws:states:::lambda:invoke", document.at("/functions/0/triggers/0/path").asText());
    JsonNode schema;
    try (InputStream in = FunctionsDescriptor.class.getResourceAsStream(FunctionsDescriptor.SCHEMA_RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
    assertEquals(List.of(), SchemaCheck.validate(schema, document));
    FunctionsDescriptor.Document back = FunctionsDescriptor.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(reserve.errorNames(), back.application().functions().get(0).errorNames());
    assertEquals(json, FunctionsDescriptor.render(back.application(), back.cost()));
  }

  @Test
  void errorNameLongerThanAStateMatchesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FunctionSpec.builder("f", "h::handleRequest").errorNames(List.of("E".repeat(257))).build());
    assertTrue(e.getMessage().contains("1..256 characters"), e.getMessage());
  }

  @Test
  void triggerPathIsTheTaskResource() {
    assertEquals("arn:aws:states:::lambda:invoke.waitForTaskToken", StepFunctionsFamily.trigger(true).path());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FunctionSpec.builder("f", "h::handleRequest")
        .trigger(new io.lambdaforge.descriptor.model.TriggerSpec(io.lambdaforge.descriptor.model.TriggerSource.STEP_FUNCTIONS, "ANY", "/x", 0, false))
        .build());
    assertTrue(e.getMessage().contains("write arn:aws:states:::lambda:invoke or"), e.getMessage());
  }

  @Test
  void costIsLambdasFromTraffic() {
    // 2,000,000 requests x $0.20 per million = $0.40; 2,000,000 x 0.1 s x 0.5 GB = 100,000 GB-s,
    // x $0.0000166667 = $1.67 (x86_64, us-east-1); no charge of Step Functions on the function.
    BigDecimal monthly = cost.functions().get(0).monthlyTotal().orElseThrow();
    assertEquals(new BigDecimal("2.07"), monthly.setScale(2, java.math.RoundingMode.HALF_UP));
  }

  @Test
  void templateOutputsTheArnAndGrantsNothing(@TempDir Path dir) throws Exception {
    String template = SamTemplateWriter.render(app, cost);
    JsonNode root = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(template);
    assertEquals("ReserveStockFunction", reserve.logicalId());
    assertTrue(root.at("/Outputs/ReserveStockFunctionArn/Value").toString().contains("ReserveStockFunction"), root.at("/Outputs").toString());
    assertFalse(template.contains("AWS::Lambda::Permission"), template);
    assertTrue(root.at("/Resources/ReserveStockFunction/Properties/Events").isMissingNode()
        || root.at("/Resources/ReserveStockFunction/Properties/Events").isEmpty(), template);
    Path file = dir.resolve("template.yaml");
    Files.writeString(file, template);
    CfnLint.assertClean(file);
  }
}
