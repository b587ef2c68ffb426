package io.lambdaforge.events.alexa;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The request envelope Alexa sends a skill
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html).
 *
 * @param version {@code 1.0}
 * @param session the session (absent for requests outside a session)
 * @param context the device, application and user state
 * @param request the request itself: its {@code type} says which
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlexaRequest(String version, AlexaSession session, AlexaContext context, SkillRequest request) {
  /** {@code request.type} of a launch without an intent. */
  public static final String LAUNCH = "LaunchRequest";
  /** {@code request.type} of an intent. */
  public static final String INTENT = "IntentRequest";
  /** {@code request.type} of the end of a session. */
  public static final String SESSION_ENDED = "SessionEndedRequest";

  /** The request's type, or {@code ""}. */
  public String type() {
    return request == null || request.type() == null ? "" : request.type();
  }

  /** The intent's name of an {@code IntentRequest}, else {@code ""}. */
  public String intentName() {
    return request == null || request.intent() == null || request.intent().name() == null ? "" : request.intent().name();
  }

  /** The application ID the request is for: {@code context.System.application}, else {@code session.application}; or null. */
  public String applicationId() {
    if (context != null && context.system() != null && context.system().application() != null
        && context.system().application().applicationId() != null) {
      return context.system().application().applicationId();
    }
    return session != null && session.application() != null ? session.application().applicationId() : null;
  }

  /** A session attribute, or null. */
  public Object sessionAttribute(String name) {
    Map<String, Object> attributes = session == null ? null : session.attributes();
    return attributes == null ? null : attributes.get(name);
  }
}
