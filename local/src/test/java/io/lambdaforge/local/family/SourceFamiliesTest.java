package io.lambdaforge.local.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry: every source belongs to exactly one family, and the order the core relies on. */
class SourceFamiliesTest {
  @Test
  void everySourceHasExactlyOneFamily() {
    for (Source source : Source.values()) {
      long owners = SourceFamilies.all().stream().filter(f -> f.sources().contains(source)).count();
      assertEquals(1, owners, source + " must be listed by exactly one registered family");
    }
    assertEquals(Source.values().length, SourceFamilies.sources().size());
  }

  @Test
  void everyDescriptorTriggerSourceHasAFamily() {
    for (TriggerSource source : TriggerSource.values()) {
      assertTrue(SourceFamilies.sources().contains(Source.valueOf(source.name())), source.name());
    }
  }

  @Test
  void serveRoutesHttpApiThenRestThenAlbAndFunctionUrlsAreHostsOfTheirOwn() {
    assertEquals(List.of(Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB, Source.FUNCTION_URL),
        SourceFamilies.frontDoorSources());
    assertTrue(SourceFamilies.frontDoor(Source.FUNCTION_URL).get().hostPerFunction());
    assertFalse(SourceFamilies.frontDoor(Source.API_GATEWAY_HTTP).get().hostPerFunction());
  }

  @Test
  void aDirectInvokeHasNoFrontDoorAndItsEmptyPayloadIsAnEmptyObject() {
    assertFalse(SourceFamilies.frontDoor(SourceFamilies.directInvoke()).isPresent());
    assertEquals("{}", new String(SourceFamilies.directInvokeEvent(new byte[0])));
    assertEquals("[1]", new String(SourceFamilies.directInvokeEvent("[1]".getBytes())));
    assertEquals(Optional.empty(), SourceFamilies.recognize(
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("orderId", 1)));
  }
}
