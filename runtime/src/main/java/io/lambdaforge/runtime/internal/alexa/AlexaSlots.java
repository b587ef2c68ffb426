package io.lambdaforge.runtime.internal.alexa;

import io.lambdaforge.events.alexa.AlexaRequest;
import io.lambdaforge.events.alexa.AlexaSlot;
import io.lambdaforge.runtime.internal.core.SlotValues;
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
    return text == null || text.isEmpty() ? Optional.empty() : SlotValues.convert(text, type);
  }

  private static String resolved(AlexaRequest request, String name) {
    if (request.request() == null || request.request().intent() == null) {
      return null;
    }
    Map<String, AlexaSlot> slots = request.request().intent().slots();
    AlexaSlot slot = slots == null ? null : slots.get(name);
    return slot == null ? null : slot.resolvedValue();
  }
}
