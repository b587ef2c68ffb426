package io.lambdaforge.local.family.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SourceFamily;
import java.util.List;
import java.util.Optional;

/**
 * Alexa skills: Alexa invokes the function itself, so there is no front door; the sample event is a
 * {@code LaunchRequest} for the function's skill ID (the trigger's path), so the adapter's skill-ID
 * check passes ({@link AlexaEvents}).
 */
public final class AlexaFamily implements SourceFamily {
  private static final List<Source> SOURCES = List.of(Source.ALEXA_SKILL);
  /** The skill ID of a sample made without the function's trigger. */
  static final String EXAMPLE_SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";

  @Override
  public List<Source> sources() {
    return SOURCES;
  }

  @Override
  public Optional<FrontDoor> frontDoor(Source source) {
    return Optional.empty();
  }

  @Override
  public boolean sampledFromTrigger(Source source) {
    return true;
  }

  @Override
  public ObjectNode sampleEvent(Source source, Optional<TriggerSpec> trigger) {
    return AlexaEvents.launch(trigger.map(TriggerSpec::path).orElse(EXAMPLE_SKILL));
  }

  @Override
  public String describe(TriggerSpec trigger) {
    return "ALEXA_SKILL " + trigger.path();
  }

  @Override
  public Optional<Source> recognize(JsonNode event) {
    return event.path("version").isTextual() && event.path("request").path("type").isTextual()
        && event.path("request").path("requestId").isTextual() && (event.has("session") || event.has("context"))
        ? Optional.of(Source.ALEXA_SKILL)
        : Optional.empty();
  }

  @Override
  public Optional<TriggerSpec> whatIfTrigger(Source source) {
    return Optional.of(io.lambdaforge.descriptor.family.alexa.AlexaFamily.trigger(EXAMPLE_SKILL));
  }
}
