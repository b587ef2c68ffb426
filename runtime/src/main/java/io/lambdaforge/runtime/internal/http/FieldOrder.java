package io.lambdaforge.runtime.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.function.ToIntFunction;

/**
 * The field names of one JSON object of the event, in the order the previous event had them, each
 * with what the decoder does with it. A gateway writes every event of a source in the same order,
 * so from the second event on the parser is asked for the name seen at each position last time
 * ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}): the UTF-8 parser
 * then compares the event's bytes with that name's, where reading a name otherwise hashes it into
 * quads and looks it up in the symbol table, and one remembered code says what to do with it. A name
 * not found at its position is read, looked up and remembered there; the answer is the same either
 * way. Kept by a reused {@link HttpEvent}, so one invocation at a time uses it; an event decoded
 * once uses {@link #NONE}, which remembers nothing and so may be shared.
 */
final class FieldOrder {
  /** Remembers no position: every field is read and looked up. */
  static final FieldOrder NONE = new FieldOrder(0);
  /** What {@link #next} answers at the end of the object. */
  static final int END = -1;
  /** Positions a kept order remembers; a later field is read and looked up each time. */
  private static final int POSITIONS = 32;

  private final SerializedString[] names;
  private final byte[] fields;

  FieldOrder() {
    this(POSITIONS);
  }

  private FieldOrder(int positions) {
    names = new SerializedString[positions];
    fields = new byte[positions];
  }

  /**
   * Advances {@code p}, inside an object, to its next field, the one at {@code position}: what the
   * decoder does with it (a small non-negative code, {@code lookup}'s answer for its name), or
   * {@link #END} when the object ends instead. The parser is left on the field's name, as after
   * {@link JsonParser#nextFieldName()}.
   */
  int next(JsonParser p, int position, ToIntFunction<String> lookup) throws IOException {
    // The same step as codec.Tokens.nextName, written out here on purpose: calling that one shared
    // method from here too (the generated codecs call it on the character parser) cost 2.9% more
    // instructions per warm HTTP API invocation under callgrind (44,395 -> 45,673).
    String name;
    if (position < names.length && names[position] != null) {
      if (p.nextFieldName(names[position])) {
        return fields[position];
      }
      // another name here this time, or the end of the object
      name = p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
    } else {
      name = p.nextFieldName();
    }
    if (name == null) {
      return END;
    }
    int field = lookup.applyAsInt(name);
    if (position < names.length) {
      names[position] = new SerializedString(name);
      fields[position] = (byte) field;
    }
    return field;
  }
}
