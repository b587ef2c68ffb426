package io.lambdaforge.runtime.internal.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.events.alexa.AlexaRequest;
import io.lambdaforge.events.alexa.AlexaResponse;
import io.lambdaforge.events.alexa.Card;
import io.lambdaforge.events.alexa.OutputSpeech;
import io.lambdaforge.runtime.internal.core.Dispatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The Alexa family on SAM CLI's alexa-skills-kit samples in testdata/events and edge cases built from
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 * and https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html.
 */
class AlexaAdapterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SKILL = "amzn1.ask.skill.987654321";

  private static ObjectNode sample(String name) throws Exception {
    return (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("..", "testdata", "events", name)));
  }

  private static JsonNode run(Dispatch dispatch, JsonNode event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatch.handle(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
    return JSON.readTree(out.toByteArray());
  }

  private static final AlexaInvoker LAUNCH = (r, c) -> AlexaResponse.ask("Welcome. Ask for a fact.", "Say: tell me a fact.");

  @Test
  void theIntentGoesToItsHandlerWithTheSlotsValue() throws Exception {
    AtomicReference<AlexaRequest> seen = new AtomicReference<>();
    Dispatch dispatch = AlexaAdapter.dispatch("skill", SKILL, List.of(
        AlexaAdapter.route("MyColorIsIntent", (request, context) -> {
          seen.set(request);
          return AlexaResponse.tell("Your favourite colour is " + AlexaSlots.value(request, "Color", String.class).orElse("?"))
              .withSimpleCard("Colour", "blue").withSessionAttribute("color", "blue");
        })), LAUNCH);
    JsonNode out = run(dispatch, sample("alexa-intent-mycoloris-samcli.json"));
    AlexaRequest request = seen.get();
    assertEquals("1.0", request.version());
    assertEquals(Boolean.FALSE, request.session().isNew());
    assertEquals("amzn1.ask.account.testUser", request.session().user().userId());
    assertEquals(SKILL, request.context().system().application().applicationId());
    assertEquals("en-US", request.request().locale());
    assertEquals("blue", request.request().intent().slots().get("Color").value());
    assertEquals(JSON.readTree("{\"version\":\"1.0\",\"sessionAttributes\":{\"color\":\"blue\"},\"response\":{"
        + "\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Your favourite colour is blue\"},"
        + "\"card\":{\"type\":\"Simple\",\"title\":\"Colour\",\"content\":\"blue\"},\"shouldEndSession\":true}}"), out);
  }

  @Test
  void launchAndUnhandledIntentsGoToTheSkillsMethodAndTheSessionStaysOpen() throws Exception {
    Dispatch dispatch = AlexaAdapter.dispatch("skill", SKILL, List.of(), LAUNCH);
    ObjectNode launch = sample("alexa-intent-getnewfact-samcli.json");
    ((ObjectNode) launch.get("request")).put("type", "LaunchRequest").remove("intent");
    JsonNode out = run(dispatch, launch);
    assertEquals(false, out.at("/response/shouldEndSession").asBoolean(true));
    assertEquals("Say: tell me a fact.", out.at("/response/reprompt/outputSpeech/text").asText());
    assertEquals("Welcome. Ask for a fact.", run(dispatch, sample("alexa-intent-getnewfact-samcli.json"))
        .at("/response/outputSpeech/text").asText());
  }

  @Test
  void aWrongSkillIdIsRefusedWithoutCallingAMethod() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Dispatch dispatch = AlexaAdapter.dispatch("skill", "amzn1.ask.skill.other", List.of(), (r, c) -> {
      calls.incrementAndGet();
      return AlexaResponse.tell("hi");
    });
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> run(dispatch, sample("alexa-intent-getnewfact-samcli.json")));
    assertEquals("function 'skill' refused an Alexa request for application ID 'amzn1.ask.skill.987654321':"
        + " it serves skill 'amzn1.ask.skill.other'", refused.getMessage());
    ObjectNode none = sample("alexa-intent-getnewfact-samcli.json");
    ((ObjectNode) none.at("/context/System")).remove("application");
    ((ObjectNode) none.get("session")).remove("application");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> run(dispatch, none)).getMessage()
        .contains("application ID (none)"));
    assertEquals(0, calls.get());
  }

  @Test
  void theContextsIdWinsOverTheSessions() throws Exception {
    Dispatch dispatch = AlexaAdapter.dispatch("skill", SKILL, List.of(), LAUNCH);
    ObjectNode event = sample("alexa-intent-getnewfact-samcli.json");
    ((ObjectNode) event.at("/session/application")).put("applicationId", "amzn1.ask.skill.spoofed");
    assertEquals("Welcome. Ask for a fact.", run(dispatch, event).at("/response/outputSpeech/text").asText());
  }

  @Test
  void sessionEndedRequestIsAnsweredEmptyWithoutCallingAMethod() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Dispatch dispatch = AlexaAdapter.dispatch("skill", SKILL, List.of(), (r, c) -> {
      calls.incrementAndGet();
      return AlexaResponse.tell("bye");
    });
    ObjectNode ended = sample("alexa-intent-getnewfact-samcli.json");
    ObjectNode request = (ObjectNode) ended.get("request");
    request.put("type", "SessionEndedRequest").put("reason", "ERROR").remove("intent");
    request.putObject("error").put("type", "INVALID_RESPONSE").put("message", "bad");
    assertEquals(JSON.readTree("{\"version\":\"1.0\",\"response\":{}}"), run(dispatch, ended));
    assertEquals(0, calls.get());
  }

  @Test
  void resolutionsAndUnknownPropertiesAndSessionAttributes() throws Exception {
    ObjectNode event = sample("alexa-intent-mycoloris-samcli.json");
    event.put("futureProperty", true);
    ((ObjectNode) event.get("session")).putObject("attributes").put("count", 2).put("keep", "me");
    ((ObjectNode) event.at("/request/intent/slots/Color")).set("resolutions", JSON.readTree(
        "{\"resolutionsPerAuthority\":[{\"authority\":\"amzn1.er-authority.echo-sdk.amzn1.ask.skill.987654321.COLOR\","
            + "\"status\":{\"code\":\"ER_SUCCESS_MATCH\"},\"values\":[{\"value\":{\"name\":\"navy\",\"id\":\"N\"}}]}]}"));
    ((ObjectNode) event.at("/request/intent/slots")).putObject("Count").put("name", "Count").put("value", "?");
    Dispatch dispatch = AlexaAdapter.dispatch("skill", SKILL, List.of(AlexaAdapter.route("MyColorIsIntent", (r, c) ->
        AlexaResponse.ask("It is " + AlexaSlots.value(r, "Color", String.class).orElse("?")
            + AlexaSlots.value(r, "Count", Integer.class).map(n -> " " + n).orElse(""), "More?")
            .withSessionAttribute("count", ((Number) r.sessionAttribute("count")).intValue() + 1)
            .withSessionAttribute("keep", null))), LAUNCH);
    JsonNode out = run(dispatch, event);
    assertEquals("It is navy", out.at("/response/outputSpeech/text").asText(), "the resolved value, an unparseable count empty");
    assertEquals(JSON.readTree("{\"count\":3}"), out.get("sessionAttributes"));
    assertEquals(Optional.empty(), AlexaSlots.value(JSON.treeToValue(event, AlexaRequest.class), "Missing", String.class));
  }

  @Test
  void buildersAndTheWriterEnforceAlexasLimits() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> AlexaResponse.tell(""));
    assertThrows(IllegalArgumentException.class, () -> AlexaResponse.tell("x".repeat(8001)));
    assertThrows(IllegalArgumentException.class, () -> AlexaResponse.tellSsml("<speak>unclosed"));
    assertThrows(IllegalArgumentException.class, () -> AlexaResponse.tellSsml("<p>not speak</p>"));
    assertThrows(IllegalArgumentException.class, () -> AlexaResponse.tellSsml("<!DOCTYPE x [<!ENTITY e \"e\">]><speak>&e;</speak>"));
    assertEquals("SSML", AlexaResponse.tellSsml("<speak>Hi <break time=\"1s\"/> there</speak>").speech().type());
    assertThrows(IllegalArgumentException.class, () -> AlexaResponse.ask("Question?", null));
    assertThrows(IllegalArgumentException.class, () -> Card.simple("t", "c".repeat(8000)));
    assertThrows(IllegalArgumentException.class, () -> Card.standard("t", "x", "https://e.com/" + "a".repeat(2000), null));
    assertThrows(IllegalArgumentException.class, () -> AlexaResponse.silent().withDirective(JSON.readTree("{}")));
    assertThrows(IllegalArgumentException.class, () -> new OutputSpeech("Html", "x", null));

    String big = "y".repeat(7900);
    Dispatch tooBig = AlexaAdapter.dispatch("skill", SKILL, List.of(), (r, c) -> AlexaResponse.tell(big)
        .withCard(Card.simple("t", big)).withSessionAttribute("a", big).withSessionAttribute("b", big));
    IllegalStateException over = assertThrows(IllegalStateException.class,
        () -> run(tooBig, sample("alexa-intent-getnewfact-samcli.json")));
    assertTrue(over.getMessage().contains("Alexa accepts at most 24576"), over.getMessage());
    Dispatch directive = AlexaAdapter.dispatch("skill", SKILL, List.of(), (r, c) ->
        AlexaResponse.silent().withDirective(JSON.readTree("{\"type\":\"Dialog.Delegate\"}")));
    JsonNode out = run(directive, sample("alexa-intent-getnewfact-samcli.json"));
    assertEquals("Dialog.Delegate", out.at("/response/directives/0/type").asText());
    assertFalse(out.get("response").has("outputSpeech"));
  }

  @Test
  void otherEventsAreRefusedAndANullResponseIsAnError() throws Exception {
    Dispatch dispatch = AlexaAdapter.dispatch("skill", SKILL, List.of(), (r, c) -> null);
    assertThrows(IllegalStateException.class, () -> run(dispatch, sample("alexa-intent-getnewfact-samcli.json")));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> run(dispatch, sample("lexv2-event-dotnet.json")));
    assertTrue(refused.getMessage().contains("Alexa"), refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AlexaAdapter.dispatch("skill", " ", List.of(), LAUNCH));
  }
}
