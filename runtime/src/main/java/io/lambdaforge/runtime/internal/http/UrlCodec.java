package io.lambdaforge.runtime.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent-decoding of paths and query strings (UTF-8), applied once to each part a source
 * delivers still encoded (the REST and ALB {@code path}, HTTP API {@code rawQueryString}, ALB query
 * maps) and never to a part the source already decoded.
 *
 * <p>A malformed escape ({@code %} not followed by two hex digits, e.g. {@code %ZZ} or a trailing
 * {@code %}) is kept literally rather than failing the request, and byte sequences that are not
 * UTF-8 decode to U+FFFD. This is the only choice that binds the same value on every source: an HTTP
 * API's {@code rawPath} arrives decoded by API Gateway, where a literal {@code %ZZ} (sent as
 * {@code %25ZZ}) cannot be told from a malformed one, so rejecting it on REST and ALB would make the
 * same request succeed or fail depending on its front door.
 *
 * <p>Query strings are decoded as HTML form data ({@code application/x-www-form-urlencoded}):
 * {@code +} means a space. That is what API Gateway REST and HTTP API do when they fill their query
 * maps (live captures published by hotsock/voker: {@code literalPlus=a+b} arrives as {@code a b}),
 * so one function sees the same values whatever its trigger. Path segments keep {@code +}
 * literally.
 */
final class UrlCodec {
  private UrlCodec() {}

  /** Decodes a path segment: {@code %XX} escapes only. */
  static String decodePath(String text) {
    return decode(text, false);
  }

  /** Decodes a query key or value: {@code %XX} escapes and {@code +} as space. */
  static String decodeQuery(String text) {
    return decode(text, true);
  }

  /**
   * Parses a raw query string ({@code a=1&a=2&b}) into decoded keys and values, keeping repeated
   * keys in order; a key without {@code =} has the value {@code ""}; empty pairs are skipped.
   */
  static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    int start = 0;
    int length = raw.length();
    while (start <= length) {
      int amp = raw.indexOf('&', start);
      int end = amp < 0 ? length : amp;
      if (end > start) {
        int eq = raw.indexOf('=', start);
        String key;
        String value;
        if (eq < 0 || eq > end) {
          key = decodeQuery(raw.substring(start, end));
          value = "";
        } else {
          key = decodeQuery(raw.substring(start, eq));
          value = decodeQuery(raw.substring(eq + 1, end));
        }
        out.computeIfAbsent(key, k -> new ArrayList<>(2)).add(value);
      }
      start = end + 1;
    }
    return out;
  }

  private static String decode(String text, boolean plusIsSpace) {
    int first = firstEscape(text, plusIsSpace);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    ByteArrayOutputStream bytes = null;
    int i = first;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
        if (bytes == null) {
          bytes = new ByteArrayOutputStream();
        }
        bytes.reset();
        while (i + 2 < text.length() && text.charAt(i) == '%'
            && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
          bytes.write(hex(text.charAt(i + 1)) << 4 | hex(text.charAt(i + 2)));
          i += 3;
        }
        out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
      } else {
        out.append(plusIsSpace && c == '+' ? ' ' : c);
        i++;
      }
    }
    return out.toString();
  }

  private static int firstEscape(String text, boolean plusIsSpace) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' || (plusIsSpace && c == '+')) {
        return i;
      }
    }
    return -1;
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
