package io.lambdaforge.processor.read;

import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import java.util.List;

/**
 * What reading one {@code @Function} method produced.
 *
 * @param model the model, or null when the method could not be read (see reports) or must be
 *     deferred
 * @param site source positions for diagnostics, or null with a null model
 * @param reports problems found while reading (e.g. two binding annotations on one parameter)
 * @param unresolvedType the first type that is not resolvable yet, or null; the caller defers the
 *     method to the next round and reports it at the last one
 */
public record ReadResult(
    FunctionModel model, FunctionSite site, List<Report> reports, String unresolvedType) {
  public ReadResult {
    reports = List.copyOf(reports);
  }

  public boolean isDeferred() {
    return unresolvedType != null;
  }
}
