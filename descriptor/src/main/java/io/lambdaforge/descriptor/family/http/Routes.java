package io.lambdaforge.descriptor.family.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The method and route-template rules every HTTP source shares. */
final class Routes {
  static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");
  private static final Pattern SEGMENT =
      Pattern.compile("[^{}/]+|\\{[A-Za-z0-9_.-]+\\}|\\{[A-Za-z0-9_.-]+\\+\\}");

  private Routes() {}

  /** The method upper-cased, when it is one of {@link #METHODS}. */
  static String method(String method) {
    if (method == null) {
      throw new IllegalArgumentException("trigger method must not be null");
    }
    String upper = method.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(upper)) {
      throw new IllegalArgumentException(
          "trigger method '" + upper + "' is not supported; write one of " + METHODS);
    }
    return upper;
  }

  /** Checks a route template: {@code /}, literal segments, {@code {name}}, a final {@code {name+}}. */
  static void checkPath(String path) {
    if (path == null) {
      throw new IllegalArgumentException("trigger path must not be null");
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException(
          "route path '" + path + "' must start with '/', e.g. /orders/{id}");
    }
    if (path.equals("/")) {
      return;
    }
    String[] segments = path.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (!SEGMENT.matcher(s).matches()) {
        throw new IllegalArgumentException(
            "route path '" + path + "' has an invalid segment '" + s
                + "'; write literal text, {name} or a final {name+}");
      }
      if (s.endsWith("+}") && i != segments.length - 1) {
        throw new IllegalArgumentException(
            "route path '" + path + "': greedy segment " + s + " must be the last segment");
      }
    }
  }
}
