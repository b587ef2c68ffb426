package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.family.alexa.AlexaEvents;
import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The space-facts skill through LocalLambda: one function for the skill
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-an-aws-lambda-function.html);
 * the launch sample, a fact with SSML and a card, the built-in intents, SAM CLI's GetNewFact sample
 * (another skill's ID: refused), and the end of a session.
 */
class FactSkillThroughLocalLambdaTest {
  static final LocalLambda APP = LocalLambda.fromClasspath();
  static final String SKILL = "amzn1.ask.skill.1f9d6c3e-2b7a-4c1d-9e8f-0a1b2c3d4e5f";

  @AfterAll
  static void close() {
    APP.close();
  }

  private static JsonNode invoke(ObjectNode event) {
    Invocation invocation = APP.invoke("spaceFacts", event);
    assertTrue(invocation.succeeded(), invocation.toString());
    assertEquals(Source.ALEXA_SKILL, invocation.source().orElseThrow());
    return invocation.json();
  }

  @Test
  void launchThenFactsThenStop() {
    Invocation launch = APP.invokeSample("spaceFacts", Source.ALEXA_SKILL);
    assertTrue(launch.succeeded(), launch.toString());
    assertFalse(launch.json().at("/response/shouldEndSession").asBoolean(true), "the launch asks and waits");
    assertTrue(launch.json().at("/response/reprompt/outputSpeech/text").asText().startsWith("You can say"));

    JsonNode first = invoke(AlexaEvents.intent(SKILL, "GetNewFactIntent", Map.of(), Map.of()));
    assertEquals("<speak>Here's your fact: <break time=\"300ms\"/>A year on Mercury is just 88 days long.</speak>",
        first.at("/response/outputSpeech/ssml").asText());
    assertEquals("Simple", first.at("/response/card/type").asText());
    assertEquals(1, first.at("/sessionAttributes/told").asInt());
    JsonNode second = invoke(AlexaEvents.intent(SKILL, "GetNewFactIntent", Map.of(), Map.of("told", 1)));
    assertEquals("Venus rotates backwards compared with most planets.", second.at("/response/card/content").asText());

    assertEquals("Goodbye!", invoke(AlexaEvents.intent(SKILL, "AMAZON.StopIntent", Map.of(), Map.of()))
        .at("/response/outputSpeech/text").asText());
    JsonNode fallback = invoke(AlexaEvents.intent(SKILL, "AMAZON.FallbackIntent", Map.of(), Map.of()));
    assertTrue(fallback.at("/response/outputSpeech/text").asText().startsWith("Welcome to Space Facts"));
  }

  @Test
  void anotherSkillsRequestIsRefusedAndASessionEndGetsNoSpeech() {
    Invocation refused = APP.invoke("spaceFacts", TestFiles.sharedEventJson("alexa-intent-getnewfact-samcli.json"));
    assertFalse(refused.succeeded());
    assertEquals("function 'spaceFacts' refused an Alexa request for application ID 'amzn1.ask.skill.987654321':"
        + " it serves skill '" + SKILL + "'", refused.errorMessage());

    ObjectNode ours = TestFiles.sharedEventJson("alexa-intent-getnewfact-samcli.json");
    ((ObjectNode) ours.at("/context/System/application")).put("applicationId", SKILL);
    assertTrue(invoke(ours).at("/response/outputSpeech/ssml").asText().contains("Mercury"));

    JsonNode ended = invoke(AlexaEvents.sessionEnded(SKILL, "USER_INITIATED"));
    assertEquals("{\"version\":\"1.0\",\"response\":{}}", ended.toString());
  }
}
