package io.lambdaforge.descriptor.model;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One event source of a function.
 *
 * <p>For {@link TriggerSource#SDK} the method is normalised to {@code ANY} and the path to empty.
 * For sources other than ALB the ALB fields are normalised to {@code 0} and {@code false}. The
 * method is upper-cased.
 *
 * @param source the event source
 * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE},
 *     {@code HEAD}, {@code OPTIONS} or {@code ANY}
 * @param path route template starting with {@code /}; {@code {name}} matches one segment and
 *     {@code {name+}} (last segment only) the rest of the path
 * @param albPriority ALB listener-rule priority, 1 to 50000 (ALB only)
 * @param albMultiValueHeaders the target group's {@code lambda.multi_value_headers.enabled}
 */
public record TriggerSpec(
    TriggerSource source,
    String method,
    String path,
    int albPriority,
    boolean albMultiValueHeaders) {

  static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");
  private static final Pattern SEGMENT =
      Pattern.compile("[^{}/]+|\\{[A-Za-z0-9_.-]+\\}|\\{[A-Za-z0-9_.-]+\\+\\}");

  /** Canonical order: by source, then path, then method. */
  static final Comparator<TriggerSpec> ORDER =
      Comparator.comparing(TriggerSpec::source)
          .thenComparing(TriggerSpec::path)
          .thenComparing(TriggerSpec::method);

  public TriggerSpec {
    Checks.notNull(source, "trigger source");
    if (source == TriggerSource.SDK) {
      method = "ANY";
      path = "";
    } else {
      method = Checks.notNull(method, "trigger method").toUpperCase(Locale.ROOT);
      if (!METHODS.contains(method)) {
        throw new IllegalArgumentException(
            "trigger method '" + method + "' is not supported; write one of " + METHODS);
      }
      checkPath(Checks.notNull(path, "trigger path"));
    }
    if (source == TriggerSource.ALB) {
      if (albPriority < 1 || albPriority > 50_000) {
        throw new IllegalArgumentException(
            "ALB listener-rule priority must be 1..50000, got " + albPriority);
      }
    } else {
      albPriority = 0;
      albMultiValueHeaders = false;
    }
  }

  /** An HTTP API (payload 2.0) route. */
  public static TriggerSpec httpApi(String method, String path) {
    return new TriggerSpec(TriggerSource.API_GATEWAY_HTTP, method, path, 0, false);
  }

  /** An API Gateway REST (payload 1.0) route. */
  public static TriggerSpec restApi(String method, String path) {
    return new TriggerSpec(TriggerSource.API_GATEWAY_REST, method, path, 0, false);
  }

  /** An ALB listener rule forwarding to the function's target group. */
  public static TriggerSpec alb(
      String method, String path, int priority, boolean multiValueHeaders) {
    return new TriggerSpec(TriggerSource.ALB, method, path, priority, multiValueHeaders);
  }

  /** Direct SDK/CLI invoke. */
  public static TriggerSpec sdk() {
    return new TriggerSpec(TriggerSource.SDK, "ANY", "", 0, false);
  }

  /**
   * The ALB path-pattern equivalent of the route template: every {@code {x}} and {@code {x+}}
   * segment becomes {@code *} (e.g. {@code /orders/{id}} becomes {@code /orders/*}).
   */
  public String albPathPattern() {
    return path.replaceAll("\\{[^}]+}", "*");
  }

  private static void checkPath(String path) {
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
