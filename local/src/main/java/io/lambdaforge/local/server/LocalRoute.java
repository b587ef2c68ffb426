package io.lambdaforge.local.server;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.descriptor.model.CorsSpec;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.local.invoke.LocalFunction;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP route the dev server serves: a function's trigger, with its template matcher, how its
 * front door authenticates callers ({@code auth}, empty for none; a function URL's {@code AuthType})
 * and the authorization the trigger declares ({@code routeAuth}: a named authorizer, {@code
 * AWS_IAM} or none).
 */
public record LocalRoute(
    Source source, String method, String template, boolean multiValueHeaders, LocalFunction function,
    String auth, RouteAuth routeAuth, CorsSpec cors) {

  public LocalRoute {
    routeAuth = routeAuth == null ? RouteAuth.NONE : routeAuth;
  }

  /** A route without declared authorization and without CORS. */
  public LocalRoute(Source source, String method, String template, boolean multiValueHeaders,
      LocalFunction function, String auth) {
    this(source, method, template, multiValueHeaders, function, auth, RouteAuth.NONE, null);
  }

  /** A route without CORS ({@code cors}: the CORS its front door applies, {@code null} for none). */
  public LocalRoute(Source source, String method, String template, boolean multiValueHeaders,
      LocalFunction function, String auth, RouteAuth routeAuth) {
    this(source, method, template, multiValueHeaders, function, auth, routeAuth, null);
  }

  /** A route without declared authorization, with the CORS its front door applies. */
  public LocalRoute(Source source, String method, String template, boolean multiValueHeaders,
      LocalFunction function, String auth, CorsSpec cors) {
    this(source, method, template, multiValueHeaders, function, auth, RouteAuth.NONE, cors);
  }

  /** A route whose front door authenticates nobody. */
  public LocalRoute(Source source, String method, String template, boolean multiValueHeaders,
      LocalFunction function) {
    this(source, method, template, multiValueHeaders, function, "");
  }

  /**
   * The path parameters when {@code rawPath} (as the client sent it) matches this route's template,
   * as this route's source would deliver them (its front door decides: an HTTP API decodes the path
   * first, REST delivers the values as they stood in the path).
   */
  Optional<Map<String, String>> match(String rawPath) {
    return SourceFamilies.frontDoor(source)
        .orElseThrow(() -> new IllegalStateException(source + " has no front door to route through"))
        .match(template, rawPath);
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
