package io.lambdaforge.processor.validate;

import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;

/** Runs every per-function validator, in a fixed order, and returns all their reports. */
public final class FunctionValidator {
  private final List<Validator> validators =
      List.of(
          new SignatureValidator(),
          new LimitsValidator(),
          new EnvironmentValidator(),
          new TriggerValidator(),
          new AuthValidator(),
          new ShapeValidator());

  public List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    for (Validator validator : validators) {
      reports.addAll(validator.validate(model, site));
    }
    return reports;
  }
}
