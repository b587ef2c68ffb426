package io.lambdaforge.events.alexa;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code request} object of the envelope
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html): the
 * fields of {@code LaunchRequest}, {@code IntentRequest} and {@code SessionEndedRequest}, null where a
 * type does not have them.
 *
 * @param type {@code LaunchRequest}, {@code IntentRequest}, {@code SessionEndedRequest}, ...
 * @param requestId the request
 * @param timestamp when it was sent, ISO 8601
 * @param locale the user's locale, e.g. {@code en-US}
 * @param intent the intent of an {@code IntentRequest}
 * @param dialogState {@code STARTED}, {@code IN_PROGRESS} or {@code COMPLETED} with a dialog model
 * @param reason why a session ended: {@code USER_INITIATED}, {@code ERROR}, {@code EXCEEDED_MAX_REPROMPTS}
 * @param error the error that ended a session ({@code type}, {@code message}), as JSON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillRequest(
    String type, String requestId, String timestamp, String locale, AlexaIntent intent, String dialogState,
    String reason, JsonNode error) {}
