package io.lambdaforge.bench;

import static io.lambdaforge.bench.warm.ResponseCheck.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.bench.warm.ResponseCheck;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmarks compare like with like: same event in, same receipt out, in each source's format. */
class VariantsAgreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(Case.class)
  void everyVariantAnswersTheSampleEventWithTheSameReceipt(Case c) throws IOException {
    byte[] event = c.event();
    ResponseCheck.agree(c, event, c.newHandler(Variant.GENERATED), c.newHandler(Variant.HAND_WRITTEN),
        c.newHandler(Variant.MANAGED));
    JsonNode receipt = ResponseCheck.receipt(c, Variant.GENERATED, invoke(c.newHandler(Variant.GENERATED), event));
    assertEquals("c-1042-COFFEE-BEANS-1KG", receipt.path("orderId").asText());
    assertEquals(2 * 1299 + 250, receipt.path("totalCents").asLong());
  }

  @ParameterizedTest
  @EnumSource(value = Case.class, names = {"REST", "HTTP_API", "ALB"})
  void eventsAreRealSamplesOfOneToTwoKilobytesWithTheOrderBody(Case c) throws IOException {
    byte[] event = c.event();
    JsonNode tree = MAPPER.readTree(event);
    assertEquals(Events.ORDER_JSON, tree.path("body").asText());
    assertTrue(event.length >= 900 && event.length <= 2048, c + " event is " + event.length + " bytes");
  }

  @ParameterizedTest
  @EnumSource(value = Case.class, names = {"REST", "HTTP_API", "ALB"})
  void theHandWrittenFloorAnswersAMissingBodyWithA400(Case c) throws IOException {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(c.event());
    tree.remove("body");
    JsonNode response = MAPPER.readTree(invoke(c.newHandler(Variant.HAND_WRITTEN), MAPPER.writeValueAsBytes(tree)));
    assertEquals(400, response.path("statusCode").asInt());
    assertEquals("application/json", response.path("headers").path("Content-Type").asText());
  }
}
