package io.lambdaforge.runtime.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.runtime.internal.json.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared mapper's security policy: no default typing, bounded reads, unknown properties ignored. */
class JsonLimitsTest {
  private final ObjectMapper mapper = Json.copy();

  public record Order(String id, int quantity) {}

  @Test
  void noDefaultTypingSoTypeIdsInPayloadsAreJustData() throws Exception {
    assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
    assertNull(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
    Object gadget = mapper.readValue("[\"java.lang.ProcessBuilder\",[\"touch\",\"/tmp/x\"]]", Object.class);
    assertInstanceOf(List.class, gadget);
    Object classed = mapper.readValue("{\"@class\":\"java.net.URL\",\"value\":\"http://x\"}", Object.class);
    assertInstanceOf(Map.class, classed);
  }

  @Test
  void readConstraintsAreTheDocumentedOnes() {
    StreamReadConstraints limits = mapper.getFactory().streamReadConstraints();
    assertEquals(Json.MAX_NESTING_DEPTH, limits.getMaxNestingDepth());
    assertEquals(64, limits.getMaxNestingDepth());
    assertEquals(Json.MAX_NUMBER_LENGTH, limits.getMaxNumberLength());
    assertEquals(100, limits.getMaxNumberLength());
    assertEquals(Json.MAX_STRING_LENGTH, limits.getMaxStringLength());
    assertTrue(Json.MAX_STRING_LENGTH > 6 * 1024 * 1024, "a 6 MB string must still fit");
  }

  @Test
  void nestingUpToTheLimitReadsAndOneMoreLevelIsRefused() throws Exception {
    assertInstanceOf(List.class, mapper.readValue(nested(64), Object.class));
    assertThrows(StreamConstraintsException.class, () -> mapper.readValue(nested(65), Object.class));
    assertThrows(StreamConstraintsException.class, () -> mapper.readValue(nested(100_000), Object.class));
  }

  @Test
  void numbersUpToTheLimitReadAndLongerOnesAreRefused() throws Exception {
    String hundred = "9".repeat(100);
    assertEquals(new BigDecimal(hundred), mapper.readValue(hundred, BigDecimal.class));
    assertThrows(StreamConstraintsException.class, () -> mapper.readValue("9".repeat(101), BigDecimal.class));
    assertThrows(StreamConstraintsException.class, () -> mapper.readValue("1." + "5".repeat(200), Double.class));
  }

  @Test
  void stringsOfLambdasWholePayloadReadAndLongerOnesAreRefused() throws Exception {
    String sixMb = "a".repeat(6 * 1024 * 1024);
    assertEquals(sixMb.length(), mapper.readValue("\"" + sixMb + "\"", String.class).length());
    String over = "\"" + "a".repeat(Json.MAX_STRING_LENGTH + 1) + "\"";
    assertThrows(StreamConstraintsException.class, () -> mapper.readValue(over, String.class));
  }

  @Test
  void unknownPropertiesAreIgnoredByPolicy() throws Exception {
    Order order = mapper.readValue("{\"id\":\"o-1\",\"quantity\":2,\"isAdmin\":true,\"@type\":\"x\"}", Order.class);
    assertEquals(new Order("o-1", 2), order);
  }

  @Test
  void duplicateKeysAreRefusedForRecordsAndKeepTheLastValueInMaps() throws Exception {
    // documented in docs/security.md: a record (creator) property given twice is an error, so a
    // body cannot smuggle a second value past a check on the first; maps and trees keep the last
    String twice = "{\"id\":\"a\",\"quantity\":1,\"id\":\"b\"}";
    assertThrows(JsonProcessingException.class, () -> mapper.readValue(twice, Order.class));
    assertEquals(Map.of("id", "b", "quantity", 1), mapper.readValue(twice, Map.class));
  }

  static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }
}
