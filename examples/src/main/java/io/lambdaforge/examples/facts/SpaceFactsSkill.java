package io.lambdaforge.examples.facts;

import io.lambdaforge.annotations.AlexaSkill;
import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.Intent;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.annotations.Traffic;
import io.lambdaforge.annotations.Trigger;
import io.lambdaforge.events.alexa.AlexaRequest;
import io.lambdaforge.events.alexa.AlexaResponse;
import java.util.List;

/**
 * An Alexa fact skill: "Alexa, open space facts", "tell me a fact", "help", "stop". A skill has one
 * endpoint, so this class is one Lambda function, {@code spaceFacts}; the adapter refuses requests
 * for any other skill ID. Deploy the template (its {@code AlexaSkill} event lets this skill invoke
 * the function) and set the function's ARN as the skill's endpoint (docs/deploying.md).
 */
@AlexaSkill(skillId = "amzn1.ask.skill.1f9d6c3e-2b7a-4c1d-9e8f-0a1b2c3d4e5f")
public class SpaceFactsSkill {
  static final List<String> FACTS = List.of(
      "A year on Mercury is just 88 days long.",
      "Venus rotates backwards compared with most planets.",
      "Jupiter has the shortest day of all the planets.",
      "The Sun makes up about 99.86 percent of the mass of the solar system.",
      "Mars has the tallest volcano in the solar system, Olympus Mons.");
  static final String HELP = "You can say tell me a space fact, or, you can say stop. What can I help you with?";

  /** The launch, and every intent without a handler below (the fallback intent included). */
  @Function(
      name = "spaceFacts",
      timeout = 7,
      memory = 512,
      triggers = @Trigger(source = Source.ALEXA_SKILL),
      traffic = @Traffic(invocationsPerMonth = 200_000, averageDurationMs = 15))
  public AlexaResponse launch(AlexaRequest request) {
    return AlexaResponse.ask("Welcome to Space Facts. " + HELP, HELP);
  }

  /** A fact not told yet in this session (the session attribute {@code told} counts them), with a card. */
  @Intent("GetNewFactIntent")
  public AlexaResponse fact(AlexaRequest request) {
    Object told = request.sessionAttribute("told");
    int index = told instanceof Number n ? n.intValue() % FACTS.size() : 0;
    String fact = FACTS.get(index);
    return AlexaResponse.tellSsml("<speak>Here's your fact: <break time=\"300ms\"/>" + fact + "</speak>")
        .withSimpleCard("Space Facts", fact)
        .withSessionAttribute("told", index + 1);
  }

  @Intent("AMAZON.HelpIntent")
  public AlexaResponse help() {
    return AlexaResponse.ask(HELP, HELP);
  }

  @Intent("AMAZON.StopIntent")
  public AlexaResponse stop() {
    return AlexaResponse.tell("Goodbye!");
  }

  @Intent("AMAZON.CancelIntent")
  public AlexaResponse cancel() {
    return AlexaResponse.tell("Goodbye!");
  }
}
