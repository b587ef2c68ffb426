package io.lambdaforge.local.server;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.gateway.PathDecoding;
import io.lambdaforge.local.invoke.LocalFunction;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One HTTP route the dev server serves: a function's trigger, with its template matcher. */
public record LocalRoute(
    Source source, String method, String template, boolean multiValueHeaders, LocalFunction function) {

  /**
   * The path parameters when {@code rawPath} (as the client sent it) matches this route's template,
   * as this route's source would deliver them: an HTTP API decodes the whole path first (so
   * {@code %2F} becomes a separator) and delivers decoded values; REST matches the decoded segments
   * but delivers the values still encoded, as they stood in the path. Literal segments of the
   * template match their decoded form.
   */
  Optional<Map<String, String>> match(String rawPath) {
    boolean decodedByGateway = source == Source.API_GATEWAY_HTTP;
    String[] pattern = segments(template);
    String[] path = segments(decodedByGateway ? PathDecoding.decode(rawPath) : rawPath);
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

  /** Whether the method matches ({@code ANY} matches every method). */
  boolean accepts(String requestMethod) {
    return method.equals("ANY") || method.equalsIgnoreCase(requestMethod);
  }

  /** Literal segments count more than parameters, so {@code /a/b} wins over {@code /a/{x}}. */
  int specificity() {
    int score = 0;
    for (String part : segments(template)) {
      score = score * 3 + (part.startsWith("{") ? (part.endsWith("+}") ? 0 : 1) : 2);
    }
    return score;
  }

  private static String[] segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }

}
