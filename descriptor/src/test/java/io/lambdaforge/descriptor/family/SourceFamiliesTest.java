package io.lambdaforge.descriptor.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.descriptor.family.http.HttpFamily;
import io.lambdaforge.descriptor.family.sdk.SdkFamily;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import io.lambdaforge.descriptor.model.TriggerSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceFamiliesTest {
  @Test
  void everySourceHasExactlyOneFamily() {
    for (TriggerSource source : TriggerSource.values()) {
      long owners = SourceFamilies.all().stream().filter(f -> f.sources().contains(source)).count();
      assertEquals(1, owners, source + " has one family");
      assertTrue(SourceFamilies.of(source).sources().contains(source));
    }
    assertEquals(List.of("http", "sdk", "firehose", "cognito", "s3batch", "stepfunctions", "lex", "alexa"),
        SourceFamilies.all().stream().map(SourceFamily::name).toList());
  }

  /** A new source goes into the functions.json schema too (its trigger entries are shared). */
  @Test
  void theFunctionsSchemaListsEverySource() throws IOException {
    JsonNode schema;
    try (InputStream in = FunctionsDescriptor.class.getResourceAsStream(
        FunctionsDescriptor.SCHEMA_RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
    List<String> listed = new ArrayList<>();
    schema.at("/$defs/trigger/properties/source/enum").forEach(v -> listed.add(v.asText()));
    assertEquals(Arrays.stream(TriggerSource.values()).map(Enum::name).toList(), listed);
  }

  @Test
  void isHttpIsTheFamilysAnswer() {
    assertTrue(TriggerSource.ALB.isHttp());
    assertTrue(TriggerSource.API_GATEWAY_REST.isHttp());
    assertTrue(TriggerSource.API_GATEWAY_HTTP.isHttp());
    assertFalse(TriggerSource.SDK.isHttp());
  }

  @Test
  void aSourceWithoutAFamilyOrWithTwoIsRejected() {
    IllegalStateException none = assertThrows(IllegalStateException.class,
        () -> SourceFamilies.index(List.of(new HttpFamily())));
    assertTrue(none.getMessage().contains("SDK belongs to no family"), none.getMessage());
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> SourceFamilies.index(List.of(new HttpFamily(), new SdkFamily(), new SdkFamily())));
    assertTrue(twice.getMessage().contains("SDK is claimed by families sdk and sdk"),
        twice.getMessage());
  }

  @Test
  void aFamilyWithoutChargesCostsNothingBeyondLambda() {
    CostModel none = new SdkFamily().costModel(null, null);
    assertEquals(CostModel.NONE, none);
    assertEquals(TemplateWiring.NONE, new SdkFamily().template());
  }
}
