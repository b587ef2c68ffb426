package io.lambdaforge.local.family.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.events.lex.LexEvent;
import io.lambdaforge.events.lex.LexResponse;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.runtime.internal.core.Dispatch;
import io.lambdaforge.runtime.internal.lex.LexAdapter;
import io.lambdaforge.runtime.internal.lex.LexSlots;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Lex V2 sample events: recognised, and bound completely by the runtime's Lex handler. */
class LexFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSampleIsRecognisedAndAnsweredByTheBotMethod() throws Exception {
    ObjectNode sample = SourceFamilies.of(Source.LEX_V2).sampleEvent(Source.LEX_V2, Optional.empty());
    assertEquals(Optional.of(Source.LEX_V2), SourceFamilies.recognize(sample));
    LexEvent[] seen = new LexEvent[1];
    Dispatch dispatch = LexAdapter.dispatch("bot", List.of(), (event, context) -> {
      seen[0] = event;
      return LexResponse.elicitIntent("How can I help?");
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatch.handle(new ByteArrayInputStream(JSON.writeValueAsBytes(sample)), out, null);
    assertEquals("FallbackIntent", seen[0].intentName());
    assertEquals("en_US", seen[0].bot().localeId());
    assertEquals("ElicitIntent", JSON.readTree(out.toByteArray()).at("/sessionState/dialogAction/type").asText());
  }

  @Test
  void slotsAreInterpretedValuesAndUnfilledOnesNull() throws Exception {
    Map<String, String> slots = new HashMap<>();
    slots.put("CheckInDate", "2026-12-24");
    slots.put("Nights", null);
    ObjectNode event = LexEvents.event("HotelBot", "BookHotel", slots, "FulfillmentCodeHook", "book a room");
    LexEvent bound = JSON.readValue(JSON.writeValueAsBytes(event), LexEvent.class);
    assertEquals(Optional.of(LocalDate.of(2026, 12, 24)), LexSlots.value(bound, "CheckInDate", LocalDate.class));
    assertEquals(Optional.empty(), LexSlots.value(bound, "Nights", Integer.class));
    assertEquals("ReadyForFulfillment", bound.sessionState().intent().state());
    assertThrows(IllegalArgumentException.class, () -> LexEvents.event("b", "i", Map.of(), "Fulfil", ""));
  }

  @Test
  void theRealSampleIsRecognised() throws Exception {
    JsonNode event = JSON.readTree(Files.readAllBytes(Path.of("..", "testdata", "events", "lexv2-event-dotnet.json")));
    assertEquals(Optional.of(Source.LEX_V2), SourceFamilies.recognize(event));
  }
}
