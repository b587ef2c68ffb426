package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One intent Lex considered for the user's input
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html).
 *
 * @param intent the intent with the slots Lex filled for it
 * @param nluConfidence how confident Lex is, 0 to 1
 * @param sentimentResponse the sentiment analysis, when enabled (as JSON)
 * @param interpretationSource {@code Lex} or {@code Bedrock}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexInterpretation(
    LexIntent intent, Double nluConfidence, JsonNode sentimentResponse, String interpretationSource) {}
