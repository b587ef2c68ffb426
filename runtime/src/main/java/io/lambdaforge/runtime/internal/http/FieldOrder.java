package io.lambdaforge.runtime.internal.http;

import java.util.function.ToIntFunction;

/**
 * The field names of one JSON object of the event, in the order the previous event had them, each
 * with what the decoder does with it. A gateway writes every event of a source in the same order,
 * so the name at position {@code i} is, from the second event on, the very string (jackson-core
 * canonicalises names) seen at {@code i} last time: one reference comparison then says what to do,
 * where a {@code switch} on the name hashes it and branches on the hash for every field. A name not
 * found at its position is looked up and remembered there; the answer is the same either way.
 * Kept by a reused {@link HttpEvent}, so one invocation at a time uses it; an event decoded once
 * uses {@link #NONE}, which remembers nothing and so may be shared.
 */
final class FieldOrder {
  /** Remembers no position: every field is looked up. */
  static final FieldOrder NONE = new FieldOrder(0);
  /** Positions a kept order remembers; a later field is looked up each time. */
  private static final int POSITIONS = 32;

  private final String[] names;
  private final byte[] fields;

  FieldOrder() {
    this(POSITIONS);
  }

  private FieldOrder(int positions) {
    names = new String[positions];
    fields = new byte[positions];
  }

  /**
   * What the decoder does with {@code name}, the field at {@code position}: what was remembered there
   * for this very string, else {@code lookup}'s answer (a small non-negative code), remembered.
   */
  int field(int position, String name, ToIntFunction<String> lookup) {
    if (position < names.length && names[position] == name) {
      return fields[position];
    }
    int field = lookup.applyAsInt(name);
    if (position < names.length) {
      names[position] = name;
      fields[position] = (byte) field;
    }
    return field;
  }
}
