package io.lambdaforge.local.family.alexa;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Realistic Alexa skill requests in the shape of the request reference
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html),
 * modelled on SAM CLI's alexa-skills-kit samples in testdata/events.
 */
public final class AlexaEvents {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AlexaEvents() {}

  /** A {@code LaunchRequest} of a new session of skill {@code skillId}. */
  public static ObjectNode launch(String skillId) {
    ObjectNode event = envelope(skillId, true, Map.of());
    request(event, "LaunchRequest");
    return event;
  }

  /**
   * An {@code IntentRequest} of skill {@code skillId} for {@code intent} with {@code slots} (name to
   * spoken value) in a session holding {@code attributes}.
   */
  public static ObjectNode intent(String skillId, String intent, Map<String, String> slots, Map<String, Object> attributes) {
    ObjectNode event = envelope(skillId, false, attributes);
    ObjectNode request = request(event, "IntentRequest");
    ObjectNode node = request.putObject("intent").put("name", intent).put("confirmationState", "NONE");
    ObjectNode values = node.putObject("slots");
    slots.keySet().stream().sorted().forEach(name -> values.putObject(name)
        .put("name", name).put("value", slots.get(name)).put("confirmationState", "NONE"));
    return event;
  }

  /** A {@code SessionEndedRequest} of skill {@code skillId} for {@code reason} (e.g. {@code USER_INITIATED}). */
  public static ObjectNode sessionEnded(String skillId, String reason) {
    ObjectNode event = envelope(skillId, false, Map.of());
    request(event, "SessionEndedRequest").put("reason", reason);
    return event;
  }

  private static ObjectNode envelope(String skillId, boolean isNew, Map<String, Object> attributes) {
    ObjectNode event = NODES.objectNode().put("version", "1.0");
    ObjectNode session = event.putObject("session")
        .put("new", isNew)
        .put("sessionId", "amzn1.echo-api.session.123456789012");
    session.putObject("application").put("applicationId", skillId);
    ObjectNode stored = session.putObject("attributes");
    attributes.keySet().stream().sorted().forEach(k -> stored.putPOJO(k, attributes.get(k)));
    session.putObject("user").put("userId", "amzn1.ask.account.testUser");
    ObjectNode system = event.putObject("context").putObject("System");
    system.putObject("application").put("applicationId", skillId);
    system.putObject("user").put("userId", "amzn1.ask.account.testUser");
    system.putObject("device").put("deviceId", "amzn1.ask.device.testDevice")
        .putObject("supportedInterfaces");
    system.put("apiEndpoint", "https://api.amazonalexa.com");
    return event;
  }

  private static ObjectNode request(ObjectNode event, String type) {
    return event.putObject("request")
        .put("type", type)
        .put("requestId", "amzn1.echo-api.request.1234")
        .put("timestamp", "2026-12-01T09:00:00Z")
        .put("locale", "en-US");
  }
}
