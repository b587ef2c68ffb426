package io.lambdaforge.local.family.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An ALB listener rule's path-pattern condition, as the template writes it for a route ({@code
 * /orders/{id}} becomes {@code /orders/*}): case-sensitive, {@code *} matches 0 or more characters
 * (slashes included) and {@code ?} exactly one
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html#path-conditions).
 * So {@code /orders/*} also forwards {@code /orders/} and {@code /orders/a/b}, where the adapter
 * then answers.
 */
final class AlbPathPattern {
  private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
  /** Patterns by template: routing asks for them on every request. */
  private static final Map<String, String> PATTERNS = new ConcurrentHashMap<>();

  private AlbPathPattern() {}

  /** The pattern the template's listener rule uses for {@code template}. */
  static String of(String template) {
    return PATTERNS.computeIfAbsent(template, t -> PARAMETER.matcher(t).replaceAll("*"));
  }

  /** Whether {@code path} (without its query) satisfies {@code pattern}. */
  static boolean matches(String pattern, String path) {
    int p = 0;
    int s = 0;
    int star = -1;
    int mark = 0;
    while (s < path.length()) {
      if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == path.charAt(s))) {
        p++;
        s++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = s;
      } else if (star >= 0) {
        p = star + 1;
        s = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
