package io.lambdaforge.runtime.internal.http;

import io.lambdaforge.annotations.Source;
import java.util.concurrent.atomic.AtomicBoolean;

/** One declared trigger route of a function. */
final class Route {
  final Source source;
  /** Upper-case method, or {@code ANY}. */
  final String method;
  final PathTemplate template;
  /** ALB only: the target group's declared multi-value headers mode. */
  final boolean albMultiValue;
  final HttpInvoker invoker;
  /** Set once the ALB mode mismatch has been logged, so it is logged once per route. */
  final AtomicBoolean modeMismatchLogged = new AtomicBoolean();
  /** The path a template without parameters matches, as {@link Router#routeLiteral} compares it; else null. */
  final String literalPath;
  /** The result of routing to this route without path parameters, shared by every such request. */
  final Router.Result exactMatch;

  Route(Source source, String method, PathTemplate template, boolean albMultiValue, HttpInvoker invoker) {
    this.source = source;
    this.method = method;
    this.template = template;
    this.albMultiValue = albMultiValue;
    this.invoker = invoker;
    this.literalPath = template.literalPath();
    this.exactMatch = new Router.Result(this, java.util.Map.of(), null);
  }

  boolean acceptsMethod(String requestMethod) {
    return method.equals("ANY") || method.equals(requestMethod);
  }

  @Override
  public String toString() {
    return source + " " + method + " " + template;
  }
}
