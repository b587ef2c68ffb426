package io.lambdaforge.runtime.internal.http;

import java.util.List;
import java.util.Map;

/**
 * Parses request cookies ({@code name=value} pairs separated by {@code ;}, RFC 6265 §4.2). Names
 * and values are trimmed; a value in double quotes loses its quotes; values are not
 * percent-decoded (no standard says they are encoded). A pair without {@code =} is a name with an
 * empty value. When a name repeats, the first occurrence wins (browsers send the most specific
 * cookie first).
 */
final class Cookies {
  private Cookies() {}

  /** Adds the pairs of each text (a {@code Cookie} header value or an HTTP API cookies entry). */
  static void parseInto(List<String> texts, Map<String, String> out) {
    for (String text : texts) {
      int start = 0;
      while (start < text.length()) {
        int semi = text.indexOf(';', start);
        int end = semi < 0 ? text.length() : semi;
        int eq = text.indexOf('=', start);
        String name;
        String value;
        if (eq < 0 || eq > end) {
          name = text.substring(start, end).trim();
          value = "";
        } else {
          name = text.substring(start, eq).trim();
          value = unquote(text.substring(eq + 1, end).trim());
        }
        if (!name.isEmpty()) {
          out.putIfAbsent(name, value);
        }
        start = end + 1;
      }
    }
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"'
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
