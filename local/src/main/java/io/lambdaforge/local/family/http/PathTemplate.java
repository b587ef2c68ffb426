package io.lambdaforge.local.family.http;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Matching a request path to a route template with {@code {name}} and greedy {@code {name+}} parameters. */
final class PathTemplate {
  private PathTemplate() {}

  /**
   * The path parameters when {@code rawPath} (as the client sent it) matches {@code template}, as
   * the source would deliver them: an HTTP API decodes the whole path first ({@code
   * decodedByGateway}: {@code %2F} becomes a separator) and delivers decoded values; REST matches
   * the decoded segments but delivers the values still encoded, as they stood in the path.
   * Literal segments of the template match their decoded form.
   */
  static Optional<Map<String, String>> match(String template, String rawPath, boolean decodedByGateway) {
    Compiled compiled = TEMPLATES.computeIfAbsent(template, Compiled::new);
    String[] pattern = compiled.segments;
    String decoded = decodedByGateway ? PathDecoding.decode(rawPath) : rawPath;
    // Routing tries every route on every request: reject on the segment count before splitting.
    int count = segmentCount(decoded);
    if (compiled.greedyAt < 0 ? count != pattern.length : count <= compiled.greedyAt) {
      return Optional.empty();
    }
    String[] path = segments(decoded);
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < pattern.length; i++) {
      String part = pattern[i];
      if (part.startsWith("{") && part.endsWith("+}")) {
        if (i >= path.length) {
          return Optional.empty();
        }
        parameters.put(part.substring(1, part.length() - 2), String.join("/", Arrays.copyOfRange(path, i, path.length)));
        return Optional.of(parameters);
      }
      if (i >= path.length) {
        return Optional.empty();
      }
      if (part.startsWith("{") && part.endsWith("}")) {
        parameters.put(part.substring(1, part.length() - 1), path[i]);
      } else if (!PathDecoding.decode(part).equals(decodedByGateway ? path[i] : PathDecoding.decode(path[i]))) {
        return Optional.empty();
      }
    }
    return pattern.length == path.length ? Optional.of(parameters) : Optional.empty();
  }

  /** A template split once: routing asks for it on every request. */
  private static final Map<String, Compiled> TEMPLATES = new ConcurrentHashMap<>();

  private static final class Compiled {
    final String[] segments;
    /** The index of the greedy {@code {name+}} segment, or -1. */
    final int greedyAt;

    Compiled(String template) {
      segments = segments(template);
      int greedy = -1;
      for (int i = 0; i < segments.length && greedy < 0; i++) {
        if (segments[i].startsWith("{") && segments[i].endsWith("+}")) {
          greedy = i;
        }
      }
      greedyAt = greedy;
    }
  }

  /** How many segments {@link #segments} would give, without splitting. */
  private static int segmentCount(String path) {
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.length();
    if (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    if (end <= start) {
      return 0;
    }
    int count = 1;
    for (int i = start; i < end; i++) {
      if (path.charAt(i) == '/') {
        count++;
      }
    }
    return count;
  }

  /** The segments of {@code path}: no leading slash, one trailing slash ignored (as the adapter ignores it). */
  private static String[] segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
