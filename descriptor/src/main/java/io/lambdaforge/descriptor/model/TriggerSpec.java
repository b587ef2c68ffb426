package io.lambdaforge.descriptor.model;

import io.lambdaforge.descriptor.family.SourceFamilies;
import io.lambdaforge.descriptor.family.SourceFamily;
import io.lambdaforge.descriptor.family.TriggerFields;
import io.lambdaforge.descriptor.family.http.HttpTriggers;
import io.lambdaforge.descriptor.family.sdk.SdkFamily;
import java.util.Comparator;

/**
 * One event source of a function.
 *
 * <p>The source's family validates and normalises the other fields ({@link
 * io.lambdaforge.descriptor.family.SourceFamily#normalise}): a source without routes has method
 * {@code ANY} and an empty path; sources other than ALB have the ALB fields {@code 0} and {@code
 * false}; the method is upper-cased.
 *
 * @param source the event source
 * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE},
 *     {@code HEAD}, {@code OPTIONS} or {@code ANY}
 * @param path route template starting with {@code /}; {@code {name}} matches one segment and
 *     {@code {name+}} (last segment only) the rest of the path
 * @param albPriority ALB listener-rule priority, 1 to 50000 (ALB only)
 * @param albMultiValueHeaders the target group's {@code lambda.multi_value_headers.enabled}
 * @param auth how the route is authorized ({@link RouteAuth#NONE} when not given); only API
 *     Gateway routes (REST and HTTP API) take one: a function URL's authorization is its {@link
 *     FunctionUrlSpec#authType()}, and an ALB has no authorizers
 */
public record TriggerSpec(
    TriggerSource source,
    String method,
    String path,
    int albPriority,
    boolean albMultiValueHeaders,
    RouteAuth auth) {

  /** Canonical order: by source, then path, then method. */
  static final Comparator<TriggerSpec> ORDER =
      Comparator.comparing(TriggerSpec::source)
          .thenComparing(TriggerSpec::path)
          .thenComparing(TriggerSpec::method);

  public TriggerSpec {
    Checks.notNull(source, "trigger source");
    TriggerFields fields = SourceFamilies.of(source)
        .normalise(source, new TriggerFields(method, path, albPriority, albMultiValueHeaders));
    method = fields.method();
    path = fields.path();
    albPriority = fields.albPriority();
    albMultiValueHeaders = fields.albMultiValueHeaders();
    auth = auth == null ? RouteAuth.NONE : auth;
    SourceFamily family = SourceFamilies.of(source);
    if (auth.isIam() ? !family.acceptsIamAuth(source)
        : auth.isProtected() && family.authorizerKinds(source).isEmpty()) {
      throw new IllegalArgumentException("a " + source + " trigger cannot have an authorizer ('"
          + auth.authorizer() + "'): only API Gateway REST and HTTP API routes take one");
    }
  }

  /** A trigger without authorization ({@link RouteAuth#NONE}). */
  public TriggerSpec(TriggerSource source, String method, String path, int albPriority,
      boolean albMultiValueHeaders) {
    this(source, method, path, albPriority, albMultiValueHeaders, RouteAuth.NONE);
  }

  /** This trigger with {@code auth} as its authorization. */
  public TriggerSpec withAuth(RouteAuth auth) {
    return new TriggerSpec(source, method, path, albPriority, albMultiValueHeaders, auth);
  }

  /** An HTTP API (payload 2.0) route. */
  public static TriggerSpec httpApi(String method, String path) {
    return HttpTriggers.httpApi(method, path);
  }

  /** An API Gateway REST (payload 1.0) route. */
  public static TriggerSpec restApi(String method, String path) {
    return HttpTriggers.restApi(method, path);
  }

  /** An ALB listener rule forwarding to the function's target group. */
  public static TriggerSpec alb(
      String method, String path, int priority, boolean multiValueHeaders) {
    return HttpTriggers.alb(method, path, priority, multiValueHeaders);
  }

  /** A route of the function's Lambda function URL. */
  public static TriggerSpec functionUrl(String method, String path) {
    return HttpTriggers.functionUrl(method, path);
  }

  /** Direct SDK/CLI invoke. */
  public static TriggerSpec sdk() {
    return SdkFamily.trigger();
  }

  /**
   * The ALB path-pattern equivalent of the route template: every {@code {x}} and {@code {x+}}
   * segment becomes {@code *} (e.g. {@code /orders/{id}} becomes {@code /orders/*}).
   */
  public String albPathPattern() {
    return path.replaceAll("\\{[^}]+}", "*");
  }
}
