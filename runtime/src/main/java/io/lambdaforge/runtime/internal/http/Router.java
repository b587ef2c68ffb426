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

  Router(List<Route> routes) {
    for (Route route : routes) {
      bySource.computeIfAbsent(route.source, s -> new ArrayList<>()).add(route);
    }
    // stable sort: among equally specific routes, declaration order decides
    bySource.values().forEach(list -> list.sort(MOST_SPECIFIC_FIRST));
  }

  boolean serves(Source source) {
    return bySource.containsKey(source);
  }

  Set<Source> sources() {
    return bySource.keySet();
  }

  /** The outcome of routing one request. */
  record Result(Route route, Map<String, String> params, String allow) {}

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
