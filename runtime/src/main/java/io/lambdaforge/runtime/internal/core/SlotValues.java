package io.lambdaforge.runtime.internal.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Not API. The slot-type conversion the conversational families (Lex V2, Alexa) share: a slot's
 * text as a {@code String}, {@code LocalDate} ({@code 2026-12-01}), {@code LocalTime}, {@code
 * Integer}, {@code Long}, {@code Double}, {@code BigDecimal} or {@code Boolean} ({@code true} or
 * {@code false}, any case). Each family reads the text from its own event shape.
 */
public final class SlotValues {
  private SlotValues() {}

  /** {@code text} as a {@code type}; empty when {@code text} is null or does not parse as the type. */
  public static <T> Optional<T> convert(String text, Class<T> type) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(type.cast(parse(text, type)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Object parse(String text, Class<?> type) {
    if (type == String.class) {
      return text;
    }
    if (type == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (type == LocalTime.class) {
      return LocalTime.parse(text);
    }
    if (type == Integer.class) {
      return Integer.valueOf(text);
    }
    if (type == Long.class) {
      return Long.valueOf(text);
    }
    if (type == Double.class) {
      return Double.valueOf(text);
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(text);
    }
    if (type == Boolean.class && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(text);
    }
    throw new IllegalArgumentException("slot value '" + text + "' does not bind as " + type.getName());
  }
}
