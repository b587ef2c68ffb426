package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.family.lex.LexEvents;
import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The hotel-booking bot through LocalLambda: one function answers every intent and code hook of
 * the bot (https://docs.aws.amazon.com/lexv2/latest/dg/lambda.html); the sample event, the
 * aws-lambda-dotnet fixture (an intent the bot does not handle) and a whole booking conversation.
 */
class HotelBotThroughLocalLambdaTest {
  static final LocalLambda APP = LocalLambda.fromClasspath();

  @AfterAll
  static void close() {
    APP.close();
  }

  private static JsonNode call(String intent, Map<String, String> slots, String hook, Map<String, String> session) {
    ObjectNode event = LexEvents.event("HotelBookingBot", intent, slots, hook, "book a hotel");
    session.forEach(((ObjectNode) event.at("/sessionState/sessionAttributes"))::put);
    Invocation invocation = APP.invoke("hotelBot", event);
    assertTrue(invocation.succeeded(), invocation.toString());
    assertEquals(Source.LEX_V2, invocation.source().orElseThrow());
    return invocation.json();
  }

  @Test
  void theSampleAndTheRealFixtureReachTheBotsOwnMethod() {
    Invocation sample = APP.invokeSample("hotelBot", Source.LEX_V2);
    assertTrue(sample.succeeded(), sample.toString());
    assertEquals("ElicitIntent", sample.json().at("/sessionState/dialogAction/type").asText());
    assertFalse(sample.json().get("sessionState").has("intent"), "ElicitIntent sends no intent");
    Invocation fixture = APP.invoke("hotelBot", TestFiles.sharedEventJson("lexv2-event-dotnet.json"));
    assertTrue(fixture.succeeded(), fixture.toString());
    assertEquals("ElicitIntent", fixture.json().at("/sessionState/dialogAction/type").asText());
    assertEquals("sessionvalue1", fixture.json().at("/sessionState/sessionAttributes/sessionattribute1").asText(),
        "session attributes are kept");
  }

  @Test
  void aBookingConversation() {
    Map<String, String> slots = new HashMap<>();
    slots.put("Location", "Atlantis");
    slots.put("CheckInDate", null);
    slots.put("Nights", null);
    slots.put("RoomType", null);
    JsonNode unknownCity = call("BookHotel", slots, "DialogCodeHook", Map.of());
    assertEquals("ElicitSlot", unknownCity.at("/sessionState/dialogAction/type").asText());
    assertEquals("Location", unknownCity.at("/sessionState/dialogAction/slotToElicit").asText());
    assertTrue(unknownCity.at("/sessionState/intent/slots/Location").isNull(), "the bad value is cleared");
    assertTrue(unknownCity.at("/messages/0/content").asText().startsWith("We don't have hotels in Atlantis"));

    slots.put("Location", "Seattle");
    JsonNode missing = call("BookHotel", slots, "DialogCodeHook", Map.of());
    assertEquals("Delegate", missing.at("/sessionState/dialogAction/type").asText(), "missing slots: Lex prompts");

    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    slots.put("CheckInDate", tomorrow);
    slots.put("Nights", "40");
    JsonNode tooLong = call("BookHotel", slots, "DialogCodeHook", Map.of());
    assertEquals("Nights", tooLong.at("/sessionState/dialogAction/slotToElicit").asText());

    slots.put("Nights", "3");
    slots.put("RoomType", "King");
    JsonNode booked = call("BookHotel", slots, "FulfillmentCodeHook", Map.of());
    assertEquals("Close", booked.at("/sessionState/dialogAction/type").asText());
    assertEquals("Fulfilled", booked.at("/sessionState/intent/state").asText());
    String text = booked.at("/messages/0/content").asText();
    assertTrue(text.startsWith("Booked: 3 night(s) in Seattle from " + tomorrow + ", king room."), text);
    String reference = booked.at("/sessionState/sessionAttributes/lastBooking").asText();
    assertTrue(reference.startsWith("HB-"), reference);

    JsonNode cancelled = call("CancelBooking", Map.of(), "FulfillmentCodeHook", Map.of("lastBooking", reference));
    assertEquals("Booking " + reference + " is cancelled.", cancelled.at("/messages/0/content").asText());
    assertFalse(cancelled.at("/sessionState/sessionAttributes").has("lastBooking"));
    JsonNode nothing = call("CancelBooking", Map.of(), "FulfillmentCodeHook", Map.of());
    assertEquals("Failed", nothing.at("/sessionState/intent/state").asText());
  }
}
