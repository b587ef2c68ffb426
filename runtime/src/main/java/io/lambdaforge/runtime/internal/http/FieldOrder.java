package io.lambdaforge.runtime.internal.http;

import java.util.function.ToIntFunction;

/**
 * The field names of one JSON object of the event, in the order the previous event had them, each
 * with what the decoder does with it. A gateway writes every event of a source in the same order,
 * so the name at position {@code i} is, from the second event on, the very string (jackson-core
 * canonicalises names) seen at {@code i} last time: one reference comparison then says what to do,
 * where a {@code switch} on the name hashes it and branches on the hash for every field. A name not
 * found at its position is looked up and remembered there; the answer is the same either way.
 * Kept by a reused {@link HttpEvent}, so one invocation at a time uses it.
 */
final class FieldOrder {
  /** Positions remembered; a later field is looked up each time. */
  private static final int POSITIONS = 32;

  private final String[] names = new String[POSITIONS];
  private final byte[] fields = new byte[POSITIONS];

  /**
   * What the decoder does with {@code name}, the field at {@code position}: what was remembered there
   * for this very string, else {@code lookup}'s answer (a small non-negative code), remembered.
   */
  int field(int position, String name, ToIntFunction<String> lookup) {
    if (position < POSITIONS && names[position] == name) {
      return fields[position];
    }
    int field = lookup.applyAsInt(name);
    if (position < POSITIONS) {
      names[position] = name;
      fields[position] = (byte) field;
    }
    return field;
  }
}
