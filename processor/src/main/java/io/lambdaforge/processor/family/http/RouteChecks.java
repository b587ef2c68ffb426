package io.lambdaforge.processor.family.http;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.CrossCheck;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.RouteTemplate;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Across a compilation: unique ALB priorities, non-conflicting routes per source (per function
 * for function URLs), and no wildcard ALB rule evaluated before a literal rule it would answer for.
 */
final class RouteChecks implements CrossCheck {
  private final Map<Integer, FunctionModel> priorities = new HashMap<>();
  /**
   * Routes seen so far, grouped by source and conflict key: only routes in the same group can
   * conflict, so each new route is compared with its group, not with every route (quadratic at a
   * thousand functions). Each group keeps declaration order, so the first clash reported is the
   * earliest one.
   */
  private final Map<RouteGroup, List<Route>> routes = new HashMap<>();
  /** ALB rules seen so far, in declaration order (a listener holds at most 100 rules). */
  private final List<AlbRule> albRules = new ArrayList<>();
  /**
   * The first function with {@code @Cors} on each shared API (REST, HTTP API): one API has one
   * CORS configuration, so a later function's {@code @Cors} must equal it.
   */
  private final Map<Source, FunctionModel> apiCors = new HashMap<>();

  /**
   * {@code function} is the function's name for function URL routes, which conflict only within
   * their function (each function has its own URL), and empty for the shared front doors.
   */
  private record RouteGroup(Source source, String function, String key) {}

  private record Route(String method, String path, FunctionModel owner) {
    /** Whether two routes of one group overlap: the same method, or ANY on either. */
    boolean conflictsWith(Route other) {
      return method.equals(other.method) || method.equals("ANY") || other.method.equals("ANY");
    }
  }

  @Override
  public void check(FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    TriggerModel trigger = model.triggers().get(i);
    corsConflict(model, site, trigger, reports);
    if (RouteTemplate.problem(trigger.path()).isPresent()) {
      return;
    }
    if (HttpFamily.isAlb(trigger) && trigger.priority() > 0) {
      FunctionModel samePriority = priorities.putIfAbsent(trigger.priority(), model);
      if (samePriority != null) {
        reports.add(
            Report.error(
                Message.DUPLICATE_ALB_PRIORITY,
                site.triggerAttribute(i, "priority"),
                trigger.priority(),
                samePriority.qualifiedMethod()));
      }
    }
    if (HttpFamily.isAlb(trigger) && trigger.priority() > 0) {
      AlbRules.shadowing(new AlbRule(trigger, model), albRules)
          .ifPresent(shadow -> reports.add(shadow.report(site.triggerAttribute(i, "priority"))));
      albRules.add(new AlbRule(trigger, model));
    }
    Route route = new Route(trigger.method(), trigger.path(), model);
    List<Route> group =
        routes.computeIfAbsent(
            new RouteGroup(
                trigger.source(),
                HttpFamily.isFunctionUrl(trigger) ? model.functionName() : "",
                trigger.route().conflictKey()),
            k -> new ArrayList<>());
    for (Route other : group) {
      if (route.conflictsWith(other)) {
        reports.add(
            Report.error(
                Message.ROUTE_CONFLICT,
                site.triggerAttribute(i, "path"),
                trigger.source(),
                trigger.method(),
                trigger.path(),
                other.method(),
                other.path(),
                other.owner().qualifiedMethod()));
        break;
      }
    }
    group.add(route);
  }

  private void corsConflict(
      FunctionModel model, FunctionSite site, TriggerModel trigger, List<Report> reports) {
    Source source = trigger.source();
    if (model.cors() == null
        || (source != Source.API_GATEWAY_HTTP && source != Source.API_GATEWAY_REST)) {
      return;
    }
    FunctionModel first = apiCors.putIfAbsent(source, model);
    if (first != null && first != model && !first.cors().equals(model.cors())) {
      // once per function and API: the first trigger of this source on the function reports
      if (model.triggers().stream().filter(t -> t.source() == source).findFirst().orElseThrow()
          == trigger) {
        reports.add(
            Report.error(
                Message.CORS_CONFLICT,
                site.cors(null),
                model.qualifiedMethod(),
                first.qualifiedMethod(),
                source == Source.API_GATEWAY_HTTP ? "HTTP API" : "REST API"));
      }
    }
  }
}
