package io.lambdaforge.processor.validate;

import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;

/** Each trigger on its own, in declaration order, by the family of its source. */
final class TriggerValidator implements Validator {

  @Override
  public List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < model.triggers().size(); i++) {
      SourceFamilies.of(model.triggers().get(i).source()).checkTrigger(model, site, i, reports);
    }
    return reports;
  }
}
