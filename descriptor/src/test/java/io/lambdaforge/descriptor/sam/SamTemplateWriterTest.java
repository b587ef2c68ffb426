package io.lambdaforge.descriptor.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.descriptor.sample.Golden;
import io.lambdaforge.descriptor.sample.SampleApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class SamTemplateWriterTest {
  private final Application app = SampleApplication.create();
  private final CostEstimate cost = new CostEstimator(PricingCatalog.defaults()).estimate(app);

  @Test
  void matchesGolden() throws IOException {
    Golden.assertMatches("template.yaml", SamTemplateWriter.render(app, cost));
  }

  @Test
  void isDeterministicAndIndependentOfInputOrder() {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    SamTemplateWriter.write(app, cost, first);
    var reversed = new ArrayList<>(app.functions());
    Collections.reverse(reversed);
    Application again = new Application(app.runtime(), app.codeUri(), app.region(), reversed);
    CostEstimate againCost = new CostEstimator(PricingCatalog.defaults()).estimate(again);
    assertEquals(first.toString(StandardCharsets.UTF_8),
        SamTemplateWriter.render(again, againCost));
  }

  @Test
  void templateShape() throws IOException {
    JsonNode t = new YAMLMapper().readTree(SamTemplateWriter.render(app, cost));
    assertEquals("2010-09-09", t.get("AWSTemplateFormatVersion").textValue());
    JsonNode getOrder = t.at("/Resources/GetOrderFunction/Properties");
    assertEquals("arm64", getOrder.at("/Architectures/0").textValue());
    assertEquals("HttpApi", getOrder.at("/Events/HttpApi1/Type").textValue());
    assertEquals("get", getOrder.at("/Events/HttpApi1/Properties/Method").textValue());
    assertEquals("Api", getOrder.at("/Events/RestApi1/Type").textValue());
    JsonNode monthly = t.at("/Resources/GetOrderFunction/Metadata/Lambdaforge/Cost/Monthly");
    assertTrue(monthly.get("Total").isNumber(), "line items are YAML numbers");
    assertEquals(0, monthly.get("Total").decimalValue().compareTo(
        cost.function("getOrder").orElseThrow().monthlyTotal().orElseThrow()
            .setScale(4, java.math.RoundingMode.HALF_UP)));
    assertEquals("unknown",
        t.at("/Resources/ReindexFunction/Metadata/Lambdaforge/Cost/Traffic").textValue());
    assertTrue(t.at("/Resources/ReindexFunction/Metadata/Lambdaforge/Cost/Monthly").isMissingNode());

    JsonNode rule = t.at("/Resources/LegacyOrdersAlbListenerRule2/Properties");
    assertEquals(10, rule.get("Priority").intValue());
    assertEquals("/legacy/*", rule.at("/Conditions/0/PathPatternConfig/Values/0").textValue());
    assertEquals(1, rule.get("Conditions").size(), "no method condition for ANY");
    assertEquals("AlbListenerArn", rule.at("/ListenerArn/Ref").textValue());
    JsonNode group = t.at("/Resources/LegacyOrdersAlbTargetGroup2");
    assertEquals("LegacyOrdersAlbPermission", group.at("/DependsOn/0").textValue());
    assertEquals("true", group.at("/Properties/TargetGroupAttributes/0/Value").textValue());
    assertEquals("elasticloadbalancing.amazonaws.com",
        t.at("/Resources/LegacyOrdersAlbPermission/Properties/Principal").textValue());
    assertEquals("String", t.at("/Parameters/AlbListenerArn/Type").textValue());
    assertFalse(t.at("/Outputs/HttpApiUrl").isMissingNode());
    assertFalse(t.at("/Outputs/RestApiUrl").isMissingNode());
  }

  @Test
  void noAlbMeansNoListenerParameter() throws IOException {
    Application small = Application.of(app.functions().stream()
        .filter(f -> f.name().equals("reindex")).toList());
    String yaml = SamTemplateWriter.render(small,
        new CostEstimator(PricingCatalog.defaults()).estimate(small));
    JsonNode t = new YAMLMapper().readTree(yaml);
    assertTrue(t.at("/Parameters").isMissingNode());
    assertTrue(t.at("/Outputs/HttpApiUrl").isMissingNode());
    assertFalse(yaml.startsWith("---"));
  }
}
