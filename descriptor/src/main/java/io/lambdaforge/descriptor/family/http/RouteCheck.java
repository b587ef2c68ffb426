package io.lambdaforge.descriptor.family.http;

import io.lambdaforge.descriptor.family.TriggerCheck;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * Across one application: ALB listener-rule priorities are unique (one listener), and a route
 * (source, method, path) belongs to one function.
 */
final class RouteCheck implements TriggerCheck {
  private final Map<Integer, String> priorities = new HashMap<>();
  private final Map<String, String> routes = new HashMap<>();

  @Override
  public void check(String function, TriggerSpec t) {
    if (t.source() == TriggerSource.ALB) {
      String previous = priorities.putIfAbsent(t.albPriority(), function);
      if (previous != null) {
        throw new IllegalArgumentException(
            "ALB priority " + t.albPriority() + " is used by '" + previous + "' and '"
                + function + "'; priorities must be unique per listener");
      }
    }
    // a function URL belongs to one function: its routes cannot clash with another function's
    String route = (t.source() == TriggerSource.FUNCTION_URL ? function + " " : "")
        + t.source() + " " + t.method() + " " + t.path();
    String previous = routes.putIfAbsent(route, function);
    if (previous != null && !previous.equals(function)) {
      throw new IllegalArgumentException(
          "route " + route + " is declared by '" + previous + "' and '" + function + "'");
    }
  }
}
