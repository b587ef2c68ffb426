package io.lambdaforge.processor.validate;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.family.SourceFamily;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameters and result against the function's triggers: every family checks its own part, and the
 * families that apply must make one adapter together (one hosts, the others enter it).
 */
final class ShapeValidator implements Validator {

  @Override
  public List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    for (SourceFamily family : SourceFamilies.all()) {
      family.checkShape(model, site, reports);
    }
    if (reports.stream().noneMatch(Report::isError) && SourceFamilies.adapter(model, site).isEmpty()) {
      // A family that cannot host or enter another rejects the combination in its own shape check
      // (e.g. LF_FIREHOSE_EXCLUSIVE, LF_COGNITO_ONLY_TRIGGER); reaching this is a bug.
      reports.add(
          Report.error(
              Message.INTERNAL,
              site.methodPosition(),
              "no source family writes one adapter for the triggers "
                  + model.triggers().stream().map(t -> t.source().name()).distinct().toList()));
    }
    return reports;
  }
}
