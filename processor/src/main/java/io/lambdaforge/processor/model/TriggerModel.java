package io.lambdaforge.processor.model;

import io.lambdaforge.annotations.Source;
import java.util.List;
import java.util.Objects;

/**
 * One {@code @Trigger} of a function.
 *
 * @param source the event source
 * @param method the HTTP method as written ({@code "ANY"} by default); meaningless for SDK
 * @param path the route template as written; empty for SDK. Parse it with {@link #route()} once
 *     validation passed
 * @param priority the ALB listener-rule priority (0 when unset)
 * @param multiValueHeaders ALB only: whether the target group uses multi-value headers
 */
public record TriggerModel(
    Source source, String method, String path, int priority, boolean multiValueHeaders) {
  /** The HTTP methods a trigger may name. */
  public static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");

  public TriggerModel {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
  }

  /**
   * The parsed route template.
   *
   * @throws IllegalArgumentException if the path is not a valid template (validation reports
   *     that first, so generators never see it)
   */
  public RouteTemplate route() {
    return RouteTemplate.parse(path);
  }
}
