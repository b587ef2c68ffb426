package io.lambdaforge.examples.orders;

/** Display preferences kept in cookies. */
public record Preferences(String currency, String locale) {}
