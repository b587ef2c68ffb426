package io.lambdaforge.runtime.internal.lex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.events.lex.LexMessage;
import io.lambdaforge.events.lex.LexResponse;
import java.util.Map;

/**
 * Writes a {@link LexResponse} in the code-hook response format
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html): {@code sessionState}
 * always (the event's active contexts and session attributes with the response's changes, the
 * dialog action, and, except for {@code ElicitIntent}, the event's current intent as sent, unknown
 * fields included, with the response's slot changes and the state its action implies), then {@code
 * messages} when there are any.
 */
final class LexResponseWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LexResponseWriter() {}

  static ObjectNode write(LexResponse response, ObjectNode event) {
    ObjectNode out = NODES.objectNode();
    ObjectNode state = out.putObject("sessionState");
    JsonNode given = event.path("sessionState");
    if (given.path("activeContexts").isArray()) {
      state.set("activeContexts", given.get("activeContexts").deepCopy());
    }
    ObjectNode attributes = given.path("sessionAttributes").isObject()
        ? ((ObjectNode) given.get("sessionAttributes")).deepCopy()
        : NODES.objectNode();
    for (Map.Entry<String, String> e : response.sessionAttributes().entrySet()) {
      if (e.getValue() == null) {
        attributes.remove(e.getKey());
      } else {
        attributes.put(e.getKey(), e.getValue());
      }
    }
    state.set("sessionAttributes", attributes);
    ObjectNode action = state.putObject("dialogAction").put("type", response.action().name());
    if (response.slotToElicit() != null) {
      action.put("slotToElicit", response.slotToElicit());
    }
    if (response.action() != LexResponse.Action.ElicitIntent && given.path("intent").isObject()) {
      state.set("intent", intent(response, (ObjectNode) given.get("intent")));
    }
    if (!response.messages().isEmpty()) {
      ArrayNode messages = out.putArray("messages");
      for (LexMessage message : response.messages()) {
        ObjectNode m = messages.addObject().put("contentType", message.contentType());
        if (message.content() != null) {
          m.put("content", message.content());
        }
        if (message.imageResponseCard() != null) {
          m.set("imageResponseCard", message.imageResponseCard().deepCopy());
        }
      }
    }
    return out;
  }

  private static ObjectNode intent(LexResponse response, ObjectNode given) {
    ObjectNode intent = given.deepCopy();
    if (!response.slots().isEmpty()) {
      ObjectNode slots = intent.path("slots").isObject() ? (ObjectNode) intent.get("slots") : intent.putObject("slots");
      for (Map.Entry<String, String> e : response.slots().entrySet()) {
        if (e.getValue() == null) {
          slots.putNull(e.getKey());
        } else {
          slots.putObject(e.getKey()).put("shape", "Scalar").putObject("value")
              .put("originalValue", e.getValue())
              .put("interpretedValue", e.getValue())
              .putArray("resolvedValues").add(e.getValue());
        }
      }
    }
    switch (response.action()) {
      case Close:
        intent.put("state", response.outcome().name());
        break;
      case ElicitSlot:
      case ConfirmIntent:
        intent.put("state", "InProgress");
        break;
      default: // Delegate: the state Lex sent
        break;
    }
    return intent;
  }
}
