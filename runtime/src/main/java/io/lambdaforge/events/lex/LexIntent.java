package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * An intent and its slots (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html).
 * A slot not filled yet is present with a null value.
 *
 * @param name the intent's name
 * @param slots the slots by name; a value is null while the slot is not filled
 * @param state {@code Failed}, {@code Fulfilled}, {@code FulfillmentInProgress}, {@code InProgress},
 *     {@code ReadyForFulfillment} or {@code Waiting}
 * @param confirmationState {@code Confirmed}, {@code Denied} or {@code None}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexIntent(String name, Map<String, LexSlot> slots, String state, String confirmationState) {}
