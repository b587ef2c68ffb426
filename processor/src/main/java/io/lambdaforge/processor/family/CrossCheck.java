package io.lambdaforge.processor.family;

import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.List;

/**
 * A family's check across the functions of one compilation: it sees each trigger of the family's
 * sources once, in declaration order, remembers what it needs and reports a clash on the later
 * trigger (naming the earlier function).
 */
public interface CrossCheck {
  /** The check of a family that has none. */
  CrossCheck NONE = (model, site, index, reports) -> {};

  /** Checks trigger {@code index} of {@code model} against every trigger seen before. */
  void check(FunctionModel model, FunctionSite site, int index, List<Report> reports);
}
