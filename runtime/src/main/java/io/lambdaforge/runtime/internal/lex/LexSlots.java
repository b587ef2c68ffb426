package io.lambdaforge.runtime.internal.lex;

import io.lambdaforge.events.lex.LexEvent;
import io.lambdaforge.events.lex.LexSlot;
import io.lambdaforge.runtime.internal.core.SlotValues;
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
    return SlotValues.convert(interpreted(event, name), type);
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
}
