package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The conversation's state (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html).
 *
 * @param activeContexts the contexts active in the conversation
 * @param sessionAttributes the session's attributes
 * @param runtimeHints hints that improve recognition of slot values (as JSON)
 * @param dialogAction the action Lex took last
 * @param intent the current intent
 * @param originatingRequestId the request that started this turn
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexSessionState(
    List<LexActiveContext> activeContexts,
    Map<String, String> sessionAttributes,
    JsonNode runtimeHints,
    LexDialogAction dialogAction,
    LexIntent intent,
    String originatingRequestId) {}
