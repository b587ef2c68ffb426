package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A slot's value.
 *
 * @param originalValue what the user said
 * @param interpretedValue the value Lex resolved it to (what {@code @Slot} binds), e.g. {@code 2026-12-01}
 * @param resolvedValues the values the user's input may resolve to
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexSlotValue(String originalValue, String interpretedValue, List<String> resolvedValues) {}
