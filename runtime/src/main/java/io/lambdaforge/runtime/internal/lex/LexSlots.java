package io.lambdaforge.runtime.internal.lex;

import io.lambdaforge.events.lex.LexEvent;
import io.lambdaforge.events.lex.LexSlot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Slot binding: the interpreted value of a slot of the current intent
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html), converted
 * to the parameter's type. Absent, null (not filled yet) or not parseable as the type: empty.
 */
public final class LexSlots {
  private LexSlots() {}

  /** Slot {@code name} of the event's current intent as a {@code type}. */
  public static <T> Optional<T> value(LexEvent event, String name, Class<T> type) {
    String text = interpreted(event, name);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(type.cast(convert(text, type)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The interpreted value of slot {@code name}, or null. */
  static String interpreted(LexEvent event, String name) {
    if (event.sessionState() == null || event.sessionState().intent() == null) {
      return null;
    }
    Map<String, LexSlot> slots = event.sessionState().intent().slots();
    LexSlot slot = slots == null ? null : slots.get(name);
    return slot == null || slot.value() == null ? null : slot.value().interpretedValue();
  }

  private static Object convert(String text, Class<?> type) {
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
    if (type == Boolean.class) {
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return Boolean.valueOf(text);
      }
      throw new IllegalArgumentException(text);
    }
    throw new IllegalArgumentException("a slot does not bind as " + type.getName());
  }
}
