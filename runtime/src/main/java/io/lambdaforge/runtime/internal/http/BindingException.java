package io.lambdaforge.runtime.internal.http;

import java.util.List;

/**
 * Every problem found while binding one request; the dispatcher answers 400 with
 * {@code {"message":"Bad Request","errors":[{"parameter":..,"in":..,"value":..,"reason":..}]}}.
 */
public final class BindingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<BindingProblem> problems;

  /** @param problems at least one problem */
  public BindingException(List<BindingProblem> problems) {
    super(summary(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order the parameters were bound. */
  public List<BindingProblem> problems() {
    return problems;
  }

  private static String summary(List<BindingProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a BindingException needs at least one problem");
    }
    StringBuilder out = new StringBuilder("Bad Request:");
    for (BindingProblem p : problems) {
      out.append(' ').append(p.in()).append(" '").append(p.parameter()).append("' ").append(p.reason()).append(';');
    }
    return out.toString();
  }
}
