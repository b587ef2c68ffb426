package io.lambdaforge.processor.validate;

import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.List;

/** One concern's checks of one function. Returns reports; never prints. */
interface Validator {
  List<Report> validate(FunctionModel model, FunctionSite site);
}
