package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The bot that calls the code hook ({@code bot} of the input event).
 *
 * @param id the bot's ID
 * @param name the bot's name
 * @param localeId the locale, e.g. {@code en_US}
 * @param version the bot version
 * @param aliasId the alias's ID
 * @param aliasName the alias's name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexBot(String id, String name, String localeId, String version, String aliasId, String aliasName) {}
