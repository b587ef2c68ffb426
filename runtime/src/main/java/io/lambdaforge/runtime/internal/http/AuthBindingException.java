package io.lambdaforge.runtime.internal.http;

import java.util.List;

/**
 * A claim or authorizer-context value a parameter requires is missing or does not convert. Behind
 * a real gateway this never happens (the authorizer protects the route), so the adapter answers as
 * the gateway does for a request it refuses, 403 {@code {"message":"Forbidden"}}, and logs the
 * reason loudly.
 */
public final class AuthBindingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param problems at least one problem */
  public AuthBindingException(List<BindingProblem> problems) {
    super(summary(problems), null, false, false);
  }

  private static String summary(List<BindingProblem> problems) {
    StringBuilder out = new StringBuilder("Forbidden:");
    for (BindingProblem p : problems) {
      out.append(' ').append(p.in()).append(" '").append(p.parameter()).append("' ")
          .append(p.reason()).append(';');
    }
    return out.toString();
  }
}
