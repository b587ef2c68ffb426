package io.lambdaforge.runtime.internal.http;

import io.lambdaforge.annotations.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the route for a request among the routes of its source: the most specific template
 * (literal segments before parameters, parameters before greedy parameters; a concrete method
 * before {@code ANY}) whose method also matches. When some template matches the path but no
 * method does, the result carries the {@code Allow} list for a 405.
 */
final class Router {
  private static final Comparator<Route> MOST_SPECIFIC_FIRST =
      Comparator.<Route, PathTemplate>comparing(r -> r.template)
          .thenComparing(r -> r.method.equals("ANY"));

  private final Map<Source, List<Route>> bySource = new EnumMap<>(Source.class);
  private final KnownStrings literalPaths;

  Router(List<Route> routes) {
    for (Route route : routes) {
      bySource.computeIfAbsent(route.source, s -> new ArrayList<>()).add(route);
    }
    // stable sort: among equally specific routes, declaration order decides
    bySource.values().forEach(list -> list.sort(MOST_SPECIFIC_FIRST));
    literalPaths = new KnownStrings(routes.stream().map(r -> r.literalPath).filter(java.util.Objects::nonNull)
        .distinct().toArray(String[]::new));
  }

  /** The paths of the routes without path parameters, each once. */
  KnownStrings literalPaths() {
    return literalPaths;
  }

  boolean serves(Source source) {
    return bySource.containsKey(source);
  }

  Set<Source> sources() {
    return bySource.keySet();
  }

  /** The outcome of routing one request. */
  record Result(Route route, Map<String, String> params, String allow) {}

  /**
   * The route for {@code path} when a route without path parameters takes it and its method:
   * exactly what {@link #route} answers for the path's segments, found without splitting or
   * decoding the path (such a route sorts before every other route that matches the same path).
   * {@code null} when {@link #route} must decide: a path with escapes ({@code %}), no
   * parameterless route for it, or none that takes the method (a 405 or another route's match).
   */
  Result routeLiteral(Source source, String method, String path) {
    List<Route> routes = bySource.get(source);
    if (routes == null || path.indexOf('%') >= 0) {
      return null;
    }
    int length = path.length();
    if (length > 1 && path.charAt(length - 1) == '/') {
      length--; // one trailing slash is ignored, as split does
    }
    for (Route route : routes) {
      String literal = route.literalPath;
      if (literal != null && literal.length() == length && path.regionMatches(0, literal, 0, length)
          && route.acceptsMethod(method)) {
        return route.exactMatch;
      }
    }
    return null;
  }

  Result route(Source source, String method, List<String> segments) {
    Set<String> allowed = null;
    for (Route route : bySource.getOrDefault(source, List.of())) {
      Map<String, String> params = route.template.match(segments);
      if (params == null) {
        continue;
      }
      if (route.acceptsMethod(method)) {
        return new Result(route, params, null);
      }
      if (allowed == null) {
        allowed = new TreeSet<>();
      }
      allowed.add(route.method);
    }
    return new Result(null, null, allowed == null ? null : String.join(", ", allowed));
  }
}
