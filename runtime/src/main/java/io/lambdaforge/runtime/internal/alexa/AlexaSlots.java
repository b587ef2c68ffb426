package io.lambdaforge.runtime.internal.alexa;

import io.lambdaforge.events.alexa.AlexaRequest;
import io.lambdaforge.events.alexa.AlexaSlot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Slot binding: {@link AlexaSlot#resolvedValue()} of a slot of the request's intent
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html),
 * converted to the parameter's type. Absent, without a value, or not parseable as the type: empty.
 */
public final class AlexaSlots {
  private AlexaSlots() {}

  /** Slot {@code name} of the request's intent as a {@code type}. */
  public static <T> Optional<T> value(AlexaRequest request, String name, Class<T> type) {
    String text = resolved(request, name);
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(type.cast(convert(text, type)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String resolved(AlexaRequest request, String name) {
    if (request.request() == null || request.request().intent() == null) {
      return null;
    }
    Map<String, AlexaSlot> slots = request.request().intent().slots();
    AlexaSlot slot = slots == null ? null : slots.get(name);
    return slot == null ? null : slot.resolvedValue();
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
    if (type == Boolean.class && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(text);
    }
    throw new IllegalArgumentException("slot value '" + text + "' does not bind as " + type.getName());
  }
}
