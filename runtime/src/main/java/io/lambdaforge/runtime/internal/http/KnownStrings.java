package io.lambdaforge.runtime.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings events carry again and again (methods, payload versions, a function's route paths),
 * recognised where they lie in the event and shared instead of decoded into a new string each time.
 * A string is compared with the event's raw bytes only when it is plain ASCII without a character
 * JSON would escape; others are found after decoding.
 */
final class KnownStrings {
  static final KnownStrings NONE = new KnownStrings();

  private final String[] values;
  /** The UTF-8 bytes of each value, or null for a value only matched after decoding. */
  private final byte[][] raw;

  KnownStrings(String... values) {
    this.values = values.clone();
    this.raw = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      raw[i] = plain(values[i]) ? values[i].getBytes(StandardCharsets.US_ASCII) : null;
    }
  }

  private static boolean plain(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /**
   * The value equal to the JSON string whose content starts at {@code at} in {@code bytes[0,
   * length)} (just after its opening quote), or null: a match is the value's bytes followed by the
   * closing quote, so an escaped spelling of a value is not found here (the caller decodes it).
   */
  String match(byte[] bytes, int length, int at) {
    for (int i = 0; i < raw.length; i++) {
      byte[] candidate = raw[i];
      if (candidate == null) {
        continue;
      }
      int end = at + candidate.length;
      if (end < length && bytes[end] == '"' && Arrays.equals(bytes, at, end, candidate, 0, candidate.length)) {
        return values[i];
      }
    }
    return null;
  }

  /** The value equal to the decoded characters {@code chars[offset, offset + length)}, or null. */
  String match(char[] chars, int offset, int length) {
    for (String value : values) {
      if (value.length() == length && same(value, chars, offset)) {
        return value;
      }
    }
    return null;
  }

  private static boolean same(String value, char[] chars, int offset) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
