package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Lex proposes to do next, when it proposes something.
 *
 * @param dialogAction the proposed action
 * @param intent the intent it would continue with
 * @param prompt the prompt's {@code attempt} and other details (as JSON)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexProposedNextState(LexDialogAction dialogAction, LexIntent intent, JsonNode prompt) {}
