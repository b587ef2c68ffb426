package io.lambdaforge.local.family.lex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SourceFamily;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amazon Lex V2 code hooks: Lex invokes the function itself, so there is no front door; the sample
 * event is a dialog code-hook call for Lex's built-in {@code FallbackIntent}
 * ({@link LexEvents}), which the bot function's own method answers.
 */
public final class LexFamily implements SourceFamily {
  private static final List<Source> SOURCES = List.of(Source.LEX_V2);

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
    return LexEvents.event("ExampleBot", LexEvents.SAMPLE_INTENT, Map.of(), "DialogCodeHook", "hello there");
  }

  @Override
  public String describe(TriggerSpec trigger) {
    return "LEX_V2 bot";
  }

  @Override
  public Optional<Source> recognize(JsonNode event) {
    return event.path("messageVersion").isTextual() && event.path("invocationSource").isTextual()
        && event.path("sessionState").isObject() && event.path("bot").isObject()
        ? Optional.of(Source.LEX_V2)
        : Optional.empty();
  }

  @Override
  public Optional<TriggerSpec> whatIfTrigger(Source source) {
    return Optional.of(io.lambdaforge.descriptor.family.lex.LexFamily.trigger());
  }
}
