package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One transcription of speech input Lex considered.
 *
 * @param transcription the text
 * @param transcriptionConfidence how confident Lex is, 0 to 1
 * @param resolvedContext the intent the transcription resolved to (as JSON)
 * @param resolvedSlots the slots resolved from it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexTranscription(
    String transcription, Double transcriptionConfidence, JsonNode resolvedContext, Map<String, LexSlot> resolvedSlots) {}
