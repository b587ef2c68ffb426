package io.lambdaforge.processor.validate;

import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.family.SourceFamily;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;

/** Parameters and result against the function's triggers: every family checks its own part. */
final class ShapeValidator implements Validator {

  @Override
  public List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    for (SourceFamily family : SourceFamilies.all()) {
      family.checkShape(model, site, reports);
    }
    return reports;
  }
}
