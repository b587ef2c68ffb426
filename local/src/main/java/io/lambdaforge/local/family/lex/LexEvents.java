package io.lambdaforge.local.family.lex;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Realistic Lex V2 code-hook events in the shape of the input-format page
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html), modelled on the
 * aws-lambda-dotnet fixture in testdata/events (lexv2-event-dotnet.json).
 */
public final class LexEvents {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The intent of the {@code events} sample: Lex's built-in fallback, which every bot has. */
  public static final String SAMPLE_INTENT = "FallbackIntent";

  private LexEvents() {}

  /**
   * The event bot {@code bot} sends for {@code intent} with {@code slots} (name to interpreted value,
   * a null value for a slot not filled yet) on {@code invocationSource} ({@code DialogCodeHook} or
   * {@code FulfillmentCodeHook}), for the text {@code transcript}.
   */
  public static ObjectNode event(String bot, String intent, Map<String, String> slots, String invocationSource,
      String transcript) {
    if (!invocationSource.equals("DialogCodeHook") && !invocationSource.equals("FulfillmentCodeHook")) {
      throw new IllegalArgumentException("invocationSource is DialogCodeHook or FulfillmentCodeHook, got " + invocationSource);
    }
    ObjectNode event = NODES.objectNode()
        .put("messageVersion", "1.0")
        .put("invocationSource", invocationSource)
        .put("inputMode", "Text")
        .put("responseContentType", "text/plain; charset=utf-8")
        .put("sessionId", "123456789012345")
        .put("inputTranscript", transcript);
    event.putObject("bot")
        .put("id", "UFIDGBA6DE")
        .put("name", bot)
        .put("aliasId", "TSTALIASID")
        .put("aliasName", "TestBotAlias")
        .put("localeId", "en_US")
        .put("version", "DRAFT");
    ObjectNode interpretation = event.putArray("interpretations").addObject();
    interpretation.set("intent", intent(intent, slots, invocationSource));
    interpretation.put("nluConfidence", 0.95).put("interpretationSource", "Lex");
    event.putObject("requestAttributes");
    ObjectNode state = event.putObject("sessionState");
    state.putObject("sessionAttributes");
    state.set("intent", intent(intent, slots, invocationSource));
    state.put("originatingRequestId", "2a8c1f4e-7b1d-4c7e-9f3a-0e5b6d2c9a11");
    return event;
  }

  private static ObjectNode intent(String name, Map<String, String> slots, String invocationSource) {
    ObjectNode intent = NODES.objectNode().put("name", name);
    ObjectNode values = intent.putObject("slots");
    slots.keySet().stream().sorted().forEach(slot -> {
      String value = slots.get(slot);
      if (value == null) {
        values.putNull(slot);
      } else {
        values.putObject(slot).put("shape", "Scalar").putObject("value")
            .put("originalValue", value)
            .put("interpretedValue", value)
            .putArray("resolvedValues").add(value);
      }
    });
    intent.put("state", invocationSource.equals("FulfillmentCodeHook") ? "ReadyForFulfillment" : "InProgress");
    intent.put("confirmationState", "None");
    return intent;
  }
}
