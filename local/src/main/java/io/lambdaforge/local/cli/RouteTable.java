package io.lambdaforge.local.cli;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.local.server.LocalRoute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The route table {@code serve} prints before it starts. */
final class RouteTable {
  private static final List<String> HEADER = List.of("SOURCE", "METHOD", "PATH", "FUNCTION", "MEMORY", "TIMEOUT");

  private RouteTable() {}

  static String render(List<LocalRoute> routes, String descriptor, Optional<Source> preferred) {
    List<LocalRoute> sorted = new ArrayList<>(routes);
    sorted.sort(Comparator.comparing(LocalRoute::template).thenComparing(LocalRoute::method)
        .thenComparing(LocalRoute::source));
    // an AUTH column only when a route is protected, so unprotected applications print as before
    boolean protectedRoutes = routes.stream().anyMatch(r -> r.routeAuth().isProtected());
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(HEADER);
    if (protectedRoutes) {
      header.add("AUTH");
    }
    rows.add(header);
    for (LocalRoute route : sorted) {
      List<String> row = new ArrayList<>(List.of(route.source().name() + (route.multiValueHeaders() ? " (multi-value)"
          : ""), route.method(), route.template(), route.function().name(),
          route.function().memoryMb() + " MB", route.function().timeoutSeconds() + " s"));
      if (protectedRoutes) {
        RouteAuth auth = route.routeAuth();
        row.add(!auth.isProtected() ? "-" : auth.authorizer()
            + (auth.scopes().isEmpty() ? "" : " (" + String.join(" ", auth.scopes()) + ")"));
      }
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    long functions = routes.stream().map(r -> r.function().name()).distinct().count();
    StringBuilder out = new StringBuilder()
        .append(routes.size()).append(routes.size() == 1 ? " route" : " routes").append(" of ")
        .append(functions).append(functions == 1 ? " function" : " functions").append(" from ")
        .append(descriptor).append('\n');
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.size(); i++) {
        line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    out.append("A path routed under several sources is served as ")
        .append(preferred.map(Source::name).orElseGet(() -> SourceFamilies.frontDoorSources().stream()
            .filter(s -> !SourceFamilies.frontDoor(s).get().hostPerFunction())
            .map(Source::name).collect(Collectors.joining(", else "))))
        .append(preferred.isPresent() ? " first" : "").append(".\n");
    return out.toString();
  }
}
