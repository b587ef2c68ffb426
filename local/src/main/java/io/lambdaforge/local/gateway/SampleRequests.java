package io.lambdaforge.local.gateway;

import io.lambdaforge.descriptor.model.TriggerSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Sample requests on a route, shared by the sample events of the core and of the HTTP family: every
 * path parameter filled ({@code {x}} becomes {@code 1}, a greedy {@code {x+}} becomes {@code
 * sample/1}), JSON headers, and for POST, PUT and PATCH the body {@code {}}.
 */
public final class SampleRequests {
  /** The value every single-segment path parameter gets. */
  public static final String SEGMENT_VALUE = "1";
  /** The value every greedy path parameter gets. */
  public static final String GREEDY_VALUE = "sample/1";

  /** Host header of sample requests. */
  public static final String HOST = "localhost:3000";
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

  private SampleRequests() {}

  /** A request on {@code trigger}'s route ({@code ANY} becomes {@code GET}). */
  public static LocalRequest request(TriggerSpec trigger) {
    String method = trigger.method().equals("ANY") ? "GET" : trigger.method();
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(Map.entry("Host", HOST));
    headers.add(Map.entry("User-Agent", "lambdaforge-local"));
    headers.add(Map.entry("Accept", "application/json"));
    byte[] body = new byte[0];
    if (WITH_BODY.contains(method)) {
      headers.add(Map.entry("Content-Type", "application/json"));
      body = "{}".getBytes(StandardCharsets.UTF_8);
    }
    return new LocalRequest(method, path(trigger.path()), "", headers, body, "127.0.0.1");
  }

  /** The template with every parameter filled with its sample value. */
  public static String path(String template) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments(template)) {
      path.append('/').append(parameter(segment) == null ? segment
          : segment.endsWith("+}") ? GREEDY_VALUE : SEGMENT_VALUE);
    }
    return path.length() == 0 ? "/" : path.toString();
  }

  /** The sample value of every parameter of {@code template}, in order. */
  public static Map<String, String> pathParameters(String template) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String segment : segments(template)) {
      String name = parameter(segment);
      if (name != null) {
        parameters.put(name, segment.endsWith("+}") ? GREEDY_VALUE : SEGMENT_VALUE);
      }
    }
    return parameters;
  }

  private static List<String> segments(String template) {
    String trimmed = template.startsWith("/") ? template.substring(1) : template;
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
  }

  private static String parameter(String segment) {
    if (!segment.startsWith("{") || !segment.endsWith("}")) {
      return null;
    }
    String inner = segment.substring(1, segment.length() - 1);
    return inner.endsWith("+") ? inner.substring(0, inner.length() - 1) : inner;
  }
}
