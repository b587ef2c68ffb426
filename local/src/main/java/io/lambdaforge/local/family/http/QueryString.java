package io.lambdaforge.local.family.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A raw query string split into its parameters, in order, either decoded or as sent. */
public final class QueryString {
  private QueryString() {}

  /**
   * Splits {@code a=1&b=x%20y&a=2} into {@code {a=[1,2], b=[x y]}}. With {@code decode} false the
   * names and values stay percent-encoded, as an ALB passes them.
   */
  public static Map<String, List<String>> parse(String rawQuery, boolean decode) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      if (decode) {
        name = decode(name);
        value = decode(value);
      }
      parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  /**
   * Form decoding as API Gateway fills its query maps: {@code +} is a space, each well-formed
   * {@code %XX} escape is decoded once, and a malformed one such as {@code %ZZ} is kept as written
   * (so {@code a+b%ZZ} is {@code a b%ZZ}, the value the adapters bind from a raw query string).
   */
  private static String decode(String text) {
    return PathDecoding.decode(text.replace('+', ' '));
  }
}
