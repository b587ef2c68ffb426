package io.lambdaforge.runtime.internal.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A route path such as {@code /orders/{id}/items} or {@code /files/{path+}}: literal segments,
 * {@code {name}} (exactly one segment) and, as the last segment only, {@code {name+}} (one or more
 * segments, joined with {@code /}). One trailing slash is ignored on both sides.
 *
 * <p>Matching works on decoded segments: the request's (decoded once, by the gateway or by
 * {@link HttpDispatcher}) and the template's literals (percent-decoded here), so {@code /a%20b} and
 * {@code /a b} name the same route whichever source delivers the request.
 */
final class PathTemplate implements Comparable<PathTemplate> {
  private static final byte LITERAL = 0;
  private static final byte PARAM = 1;
  private static final byte GREEDY = 2;

  private final String text;
  private final String[] parts;
  private final byte[] kinds;

  private PathTemplate(String text, String[] parts, byte[] kinds) {
    this.text = text;
    this.parts = parts;
    this.kinds = kinds;
  }

  /** Parses {@code text}; throws {@link IllegalArgumentException} naming the problem. */
  static PathTemplate parse(String text) {
    if (text == null || !text.startsWith("/")) {
      throw new IllegalArgumentException("route path must start with '/', got '" + text + "'");
    }
    List<String> segments = split(text);
    String[] parts = new String[segments.size()];
    byte[] kinds = new byte[segments.size()];
    Set<String> names = new HashSet<>();
    for (int i = 0; i < parts.length; i++) {
      String s = segments.get(i);
      if (s.startsWith("{") && s.endsWith("}")) {
        boolean greedy = s.endsWith("+}");
        String name = s.substring(1, s.length() - (greedy ? 2 : 1));
        if (name.isEmpty() || name.contains("{") || name.contains("}") || name.contains("+")) {
          throw new IllegalArgumentException("bad parameter segment '" + s + "' in route path '" + text + "'");
        }
        if (greedy && i != parts.length - 1) {
          throw new IllegalArgumentException(
              "greedy parameter '" + s + "' must be the last segment of route path '" + text + "'");
        }
        if (!names.add(name)) {
          throw new IllegalArgumentException("parameter '" + name + "' repeats in route path '" + text + "'");
        }
        parts[i] = name;
        kinds[i] = greedy ? GREEDY : PARAM;
      } else {
        if (s.isEmpty() || s.contains("{") || s.contains("}")) {
          throw new IllegalArgumentException("bad segment '" + s + "' in route path '" + text + "'");
        }
        // compared with decoded request segments, so a literal is decoded once too: /caf%C3%A9 is /café
        parts[i] = UrlCodec.decodePath(s);
        kinds[i] = LITERAL;
      }
    }
    return new PathTemplate(text, parts, kinds);
  }

  /**
   * Splits a path into segments: no leading slash, one trailing slash ignored, {@code "/"} has
   * none. Empty inner segments ({@code //}) are kept.
   */
  static List<String> split(String path) {
    List<String> out = new ArrayList<>(6);
    int length = path.length();
    if (length > 1 && path.charAt(length - 1) == '/') {
      length--;
    }
    int start = path.startsWith("/") ? 1 : 0;
    if (start >= length) {
      return out;
    }
    while (true) {
      int slash = path.indexOf('/', start);
      if (slash < 0 || slash >= length) {
        out.add(path.substring(start, length));
        return out;
      }
      out.add(path.substring(start, slash));
      start = slash + 1;
    }
  }

  /**
   * The parameters when {@code segments} (already decoded) match, else {@code null}.
   */
  Map<String, String> match(List<String> segments) {
    int n = parts.length;
    boolean greedy = n > 0 && kinds[n - 1] == GREEDY;
    if (greedy ? segments.size() < n : segments.size() != n) {
      return null;
    }
    Map<String, String> params = null;
    for (int i = 0; i < n; i++) {
      String segment = segments.get(i);
      switch (kinds[i]) {
        case LITERAL -> {
          if (!parts[i].equals(segment)) {
            return null;
          }
        }
        case PARAM -> {
          if (segment.isEmpty()) {
            return null;
          }
          params = put(params, parts[i], segment);
        }
        default -> params = put(params, parts[i], String.join("/", segments.subList(i, segments.size())));
      }
    }
    return params == null ? Map.of() : params;
  }

  private static Map<String, String> put(Map<String, String> params, String name, String value) {
    Map<String, String> out = params == null ? new LinkedHashMap<>(4) : params;
    out.put(name, value);
    return out;
  }

  /** Most specific first: at the first differing position, literal before {name} before {name+}. */
  @Override
  public int compareTo(PathTemplate other) {
    int n = Math.min(kinds.length, other.kinds.length);
    for (int i = 0; i < n; i++) {
      if (kinds[i] != other.kinds[i]) {
        return Byte.compare(kinds[i], other.kinds[i]);
      }
    }
    return Integer.compare(other.kinds.length, kinds.length);
  }

  /**
   * The one path this template matches when it has no parameters ({@code /} and its decoded
   * literal segments, e.g. {@code /orders/open}), else {@code null}.
   */
  String literalPath() {
    for (byte kind : kinds) {
      if (kind != LITERAL) {
        return null;
      }
    }
    return "/" + String.join("/", parts);
  }

  /** Same shape, parameter names aside: the two templates match exactly the same paths. */
  boolean sameShape(PathTemplate other) {
    if (kinds.length != other.kinds.length) {
      return false;
    }
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] != other.kinds[i] || (kinds[i] == LITERAL && !parts[i].equals(other.parts[i]))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
