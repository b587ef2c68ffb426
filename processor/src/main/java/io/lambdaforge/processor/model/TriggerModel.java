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
 * @param authorizer the route's authorization: an authorizer's name, {@link #IAM}, or empty for
 *     none; the class's or package's {@code @DefaultAuthorizer} when the trigger names none
 *     ({@code "NONE"} as written opts out and reads as empty)
 * @param scopes the OAuth scopes the route requires
 * @param authorizerDefaulted whether {@code authorizer} and {@code scopes} come from a
 *     {@code @DefaultAuthorizer}, not the trigger
 */
public record TriggerModel(
    Source source,
    String method,
    String path,
    int priority,
    boolean multiValueHeaders,
    String authorizer,
    List<String> scopes,
    boolean authorizerDefaulted) {
  /** The route value meaning IAM (SigV4) authorization. */
  public static final String IAM = "AWS_IAM";
  /** What a trigger writes to opt out of its class's or package's default authorizer. */
  public static final String NO_AUTHORIZER = "NONE";

  /** The HTTP methods a trigger may name. */
  public static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");

  public TriggerModel {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    authorizer = authorizer == null ? "" : authorizer;
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }

  /** A trigger without authorization. */
  public TriggerModel(
      Source source, String method, String path, int priority, boolean multiValueHeaders) {
    this(source, method, path, priority, multiValueHeaders, "", List.of(), false);
  }

  /** Whether the route is protected (by a named authorizer or IAM). */
  public boolean isProtected() {
    return !authorizer.isEmpty();
  }

  /** Whether the route names an authorizer (not IAM, not none). */
  public boolean hasNamedAuthorizer() {
    return isProtected() && !authorizer.equals(IAM);
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
