package io.lambdaforge.runtime.internal.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.events.lex.LexEvent;
import io.lambdaforge.events.lex.LexMessage;
import io.lambdaforge.events.lex.LexResponse;
import io.lambdaforge.runtime.internal.core.Dispatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The Lex V2 family on the aws-lambda-dotnet fixture in testdata/events (lexv2-event-dotnet.json) and
 * hand-made edge cases; contract: https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html
 * and https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html.
 */
class LexAdapterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EVENTS = Path.of("..", "testdata", "events");

  private static ObjectNode sample() throws Exception {
    return (ObjectNode) JSON.readTree(Files.readAllBytes(EVENTS.resolve("lexv2-event-dotnet.json")));
  }

  private static JsonNode run(Dispatch dispatch, JsonNode event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatch.handle(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
    return JSON.readTree(out.toByteArray());
  }

  private static final LexInvoker FALLBACK = (event, context) -> LexResponse.close(LexResponse.Outcome.Failed, "Sorry?");

  @Test
  void bindsTheSampleAndDispatchesToTheIntentsHandler() throws Exception {
    AtomicReference<LexEvent> seen = new AtomicReference<>();
    Dispatch dispatch = LexAdapter.dispatch("bot", List.of(
        LexAdapter.route("TestAction", (event, context) -> {
          seen.set(event);
          return LexResponse.elicitSlot("ActionDate", "Which date?").withSessionAttribute("asked", "date");
        })), FALLBACK);
    JsonNode out = run(dispatch, sample());
    LexEvent event = seen.get();
    assertEquals("1.0", event.messageVersion());
    assertEquals("DialogCodeHook", event.invocationSource());
    assertEquals("UFIDGBA6DE", event.bot().id());
    assertEquals("en_US", event.bot().localeId());
    assertEquals(0.79, event.interpretations().get(0).nluConfidence());
    assertEquals("FallbackIntent", event.interpretations().get(1).intent().name());
    assertEquals("ConfirmIntent", event.proposedNextState().dialogAction().type());
    assertEquals("value1", event.requestAttributes().get("key1"));
    assertEquals(12, event.sessionState().activeContexts().get(0).timeToLive().timeToLiveInSeconds());
    assertEquals("Action Value", event.sessionState().intent().slots().get("ActionType").values().get(0).value().interpretedValue());
    assertEquals(0.8, event.transcriptions().get(0).transcriptionConfidence());
    assertEquals("sessionvalue1", event.sessionAttribute("sessionattribute1"));

    JsonNode state = out.get("sessionState");
    assertEquals("ElicitSlot", state.at("/dialogAction/type").asText());
    assertEquals("ActionDate", state.at("/dialogAction/slotToElicit").asText());
    assertEquals("InProgress", state.at("/intent/state").asText());
    assertEquals("TestAction", state.at("/intent/name").asText());
    assertTrue(state.at("/intent/slots/ActionDate").isNull(), "unfilled slots stay as sent");
    assertEquals("date", state.at("/sessionAttributes/asked").asText());
    assertEquals("sessionvalue2", state.at("/sessionAttributes/sessionattribute2").asText());
    assertEquals("testcontext", state.at("/activeContexts/0/name").asText());
    assertEquals(JSON.readTree("[{\"contentType\":\"PlainText\",\"content\":\"Which date?\"}]"), out.get("messages"));
  }

  @Test
  void unknownFieldsAreToleratedAndKeptInTheEchoedIntent() throws Exception {
    ObjectNode event = sample();
    event.put("someFutureField", 1);
    ((ObjectNode) event.get("bot")).putObject("newBotField").put("x", true);
    ((ObjectNode) event.at("/sessionState/intent")).put("futureIntentField", "kept");
    Dispatch dispatch = LexAdapter.dispatch("bot", List.of(
        LexAdapter.route("TestAction", (e, c) -> LexResponse.delegate())), FALLBACK);
    JsonNode out = run(dispatch, event);
    assertEquals("Delegate", out.at("/sessionState/dialogAction/type").asText());
    assertEquals("kept", out.at("/sessionState/intent/futureIntentField").asText());
    assertEquals("InProgress", out.at("/sessionState/intent/state").asText(), "Delegate keeps Lex's state");
    assertFalse(out.has("messages"));
  }

  @Test
  void aMissingOrNullSlotBindsEmptyAndAnInterpretedDateBindsTyped() throws Exception {
    LexEvent event = JSON.readValue(sample().toString(), LexEvent.class);
    assertEquals(Optional.empty(), LexSlots.value(event, "ActionDate", LocalDate.class), "null slot");
    assertEquals(Optional.empty(), LexSlots.value(event, "NoSuchSlot", String.class), "absent slot");
    assertEquals(Optional.of("Action Value"), LexSlots.value(event, "ActionType", String.class));
    ObjectNode tree = sample();
    ((ObjectNode) tree.at("/sessionState/intent/slots")).set("ActionDate", JSON.readTree(
        "{\"shape\":\"Scalar\",\"value\":{\"originalValue\":\"tomorrow\",\"interpretedValue\":\"2026-12-02\",\"resolvedValues\":[\"2026-12-02\"]}}"));
    ((ObjectNode) tree.at("/sessionState/intent/slots")).set("Week", JSON.readTree(
        "{\"shape\":\"Scalar\",\"value\":{\"originalValue\":\"next week\",\"interpretedValue\":\"2026-W50\",\"resolvedValues\":[]}}"));
    LexEvent filled = JSON.readValue(tree.toString(), LexEvent.class);
    assertEquals(Optional.of(LocalDate.of(2026, 12, 2)), LexSlots.value(filled, "ActionDate", LocalDate.class),
        "the interpreted value, not the original 'tomorrow'");
    assertEquals(Optional.empty(), LexSlots.value(filled, "Week", LocalDate.class), "a week is no date");
    assertEquals(Optional.empty(), LexSlots.value(filled, "ActionType", Integer.class));
  }

  @Test
  void theHookSpecificHandlerWinsAndUnknownIntentsGoToTheFallback() throws Exception {
    Dispatch dispatch = LexAdapter.dispatch("bot", List.of(
        LexAdapter.route("TestAction", (e, c) -> LexResponse.close(LexResponse.Outcome.Fulfilled, "any")),
        LexAdapter.fulfillment("TestAction", (e, c) -> LexResponse.close(LexResponse.Outcome.Fulfilled, "fulfilled"))),
        FALLBACK);
    ObjectNode event = sample();
    assertEquals("any", run(dispatch, event).at("/messages/0/content").asText());
    event.put("invocationSource", "FulfillmentCodeHook");
    JsonNode fulfilled = run(dispatch, event);
    assertEquals("fulfilled", fulfilled.at("/messages/0/content").asText());
    assertEquals("Fulfilled", fulfilled.at("/sessionState/intent/state").asText());
    assertEquals("Close", fulfilled.at("/sessionState/dialogAction/type").asText());
    ((ObjectNode) event.at("/sessionState/intent")).put("name", "OrderPizza");
    JsonNode fallback = run(dispatch, event);
    assertEquals("Sorry?", fallback.at("/messages/0/content").asText());
    assertEquals("Failed", fallback.at("/sessionState/intent/state").asText());
  }

  @Test
  void elicitIntentSendsNoIntentAndSlotsCanBeClearedOrSet() throws Exception {
    Dispatch elicit = LexAdapter.dispatch("bot", List.of(), (e, c) -> LexResponse.elicitIntent("What else?"));
    JsonNode out = run(elicit, sample());
    assertEquals("ElicitIntent", out.at("/sessionState/dialogAction/type").asText());
    assertFalse(out.get("sessionState").has("intent"));
    Dispatch set = LexAdapter.dispatch("bot", List.of(), (e, c) ->
        LexResponse.confirmIntent("Book it?").withSlot("ActionType", null).withSlot("ActionDate", "2026-12-24")
            .withMessage(LexMessage.ssml("<speak>Book it?</speak>")));
    JsonNode confirmed = run(set, sample());
    assertTrue(confirmed.at("/sessionState/intent/slots/ActionType").isNull());
    assertEquals("2026-12-24", confirmed.at("/sessionState/intent/slots/ActionDate/value/interpretedValue").asText());
    assertEquals("SSML", confirmed.at("/messages/1/contentType").asText());
  }

  @Test
  void buildersRefuseResponsesLexWouldReject() {
    assertThrows(IllegalArgumentException.class, () -> LexResponse.confirmIntent(null));
    assertThrows(IllegalArgumentException.class, () -> LexResponse.elicitIntent(""));
    assertThrows(IllegalArgumentException.class, () -> LexResponse.elicitSlot(" ", "Which?"));
    assertThrows(NullPointerException.class, () -> LexResponse.close(null));
    assertThrows(IllegalArgumentException.class, () -> LexResponse.close(LexResponse.Outcome.Fulfilled, "x".repeat(1001)));
    assertThrows(IllegalArgumentException.class, () -> LexResponse.elicitIntent("Next?").withSlot("A", "b"));
    assertThrows(IllegalArgumentException.class, () -> new LexMessage("Html", "<b>", null));
    assertThrows(IllegalArgumentException.class, () -> LexMessage.imageResponseCard(null));
  }

  @Test
  void aNullResponseIsAFunctionErrorAndOtherEventsAreRefused() throws Exception {
    Dispatch dispatch = LexAdapter.dispatch("bot", List.of(), (e, c) -> null);
    IllegalStateException nul = assertThrows(IllegalStateException.class, () -> run(dispatch, sample()));
    assertTrue(nul.getMessage().contains("returned null"), nul.getMessage());
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> run(dispatch, JSON.readTree("{\"hello\":1}")));
    assertTrue(refused.getMessage().contains("Lex V2"), refused.getMessage());
    assertEquals(null, LexHandler.envelope("not json".getBytes(StandardCharsets.UTF_8), 8));
  }
}
