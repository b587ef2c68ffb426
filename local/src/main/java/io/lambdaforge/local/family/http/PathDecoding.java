package io.lambdaforge.local.family.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding of a URL path the way API Gateway HTTP API does before it fills {@code rawPath}
 * and {@code pathParameters}: every {@code %XX} escape becomes its byte (so {@code %2F} becomes
 * {@code /}), bytes are read as UTF-8, {@code +} stays a plus, and a malformed escape such as
 * {@code %ZZ} is kept as written.
 */
public final class PathDecoding {
  private PathDecoding() {}

  /** {@code text} with each well-formed {@code %XX} escape decoded once. */
  public static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      if (escapeAt(text, i)) {
        bytes.reset();
        while (escapeAt(text, i)) {
          bytes.write(Character.digit(text.charAt(i + 1), 16) << 4 | Character.digit(text.charAt(i + 2), 16));
          i += 3;
        }
        out.append(bytes.toString(StandardCharsets.UTF_8));
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  private static boolean escapeAt(String text, int i) {
    return i + 2 < text.length() && text.charAt(i) == '%'
        && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0;
  }
}
