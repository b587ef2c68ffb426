package io.lambdaforge.events.alexa;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The intent of an {@code IntentRequest}.
 *
 * @param name the intent's name, e.g. {@code GetNewFactIntent} or {@code AMAZON.HelpIntent}
 * @param confirmationState {@code NONE}, {@code CONFIRMED} or {@code DENIED}
 * @param slots the slots by name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlexaIntent(String name, String confirmationState, Map<String, AlexaSlot> slots) {}
