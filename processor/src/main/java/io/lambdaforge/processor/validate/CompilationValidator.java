package io.lambdaforge.processor.validate;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.RouteTemplate;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that need every function of the compilation: unique adapter classes and function names, unique ALB
 * priorities and non-conflicting routes. It remembers functions across rounds; each call reports
 * only on the functions passed in (naming the earlier one they clash with).
 */
public final class CompilationValidator {
  private final Map<String, FunctionModel> names = new HashMap<>();
  private final Map<String, FunctionModel> adapters = new HashMap<>();
  private final Map<Integer, FunctionModel> priorities = new HashMap<>();
  /**
   * Routes seen so far, grouped by source and conflict key: only routes in the same group can
   * conflict, so each new route is compared with its group, not with every route (quadratic at a
   * thousand functions). Each group keeps declaration order, so the first clash reported is the
   * earliest one.
   */
  private final Map<RouteGroup, List<Route>> routes = new HashMap<>();

  private record RouteGroup(Source source, String key) {}

  private record Route(String method, String path, FunctionModel owner) {
    /** Whether two routes of one group overlap: the same method, or ANY on either. */
    boolean conflictsWith(Route other) {
      return method.equals(other.method) || method.equals("ANY") || other.method.equals("ANY");
    }
  }

  /** One function to check: its model and where it is. */
  public record Entry(FunctionModel model, FunctionSite site) {}

  /** Checks {@code entries} (one round's functions, in a stable order) against all seen so far. */
  public List<Report> validate(List<Entry> entries) {
    List<Report> reports = new ArrayList<>();
    for (Entry entry : entries) {
      FunctionModel model = entry.model();
      FunctionSite site = entry.site();
      FunctionModel sameAdapter = adapters.putIfAbsent(model.adapter().canonicalName(), model);
      if (sameAdapter != null) {
        reports.add(
            Report.error(
                Message.DUPLICATE_ADAPTER,
                site.methodPosition(),
                model.qualifiedMethod(),
                sameAdapter.qualifiedMethod(),
                model.adapter().canonicalName()));
      }
      FunctionModel sameName = names.putIfAbsent(model.functionName(), model);
      if (sameName != null) {
        reports.add(
            Report.error(
                Message.DUPLICATE_FUNCTION_NAME,
                site.attribute("name"),
                model.functionName(),
                sameName.qualifiedMethod()));
      }
      List<TriggerModel> triggers = model.triggers();
      for (int i = 0; i < triggers.size(); i++) {
        TriggerModel trigger = triggers.get(i);
        if (!trigger.isHttp() || RouteTemplate.problem(trigger.path()).isPresent()) {
          continue;
        }
        if (trigger.source() == Source.ALB && trigger.priority() > 0) {
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
        Route route = new Route(trigger.method(), trigger.path(), model);
        List<Route> group =
            routes.computeIfAbsent(
                new RouteGroup(trigger.source(), trigger.route().conflictKey()),
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
    }
    return reports;
  }
}
