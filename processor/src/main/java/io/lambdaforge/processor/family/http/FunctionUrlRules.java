package io.lambdaforge.processor.family.http;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.FunctionUrlModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.List;

/**
 * A method's {@code @FunctionUrl} against its triggers. A function has one URL at most, which
 * javac already guarantees ({@code @FunctionUrl} is not repeatable); function URL triggers without
 * the annotation get {@link FunctionUrlModel#DEFAULT} ({@code AWS_IAM}); the annotation without a
 * function URL trigger is an error, as it would configure nothing. A function URL has no gateway
 * timeout (the function's own 900 s limit applies) and Lambda's 6 MB buffered request and response
 * limit is enforced at run time (https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
 */
final class FunctionUrlRules {
  private FunctionUrlRules() {}

  static void check(FunctionModel model, FunctionSite site, List<Report> reports) {
    FunctionUrlModel url = model.functionUrl();
    if (url == null) {
      return;
    }
    if (model.triggers().stream().noneMatch(HttpFamily::isFunctionUrl)) {
      reports.add(
          Report.error(
              Message.FUNCTION_URL_WITHOUT_TRIGGER, site.functionUrl(null), model.qualifiedMethod()));
    }
    if (url.behindCloudFront() && url.auth().equals("NONE")) {
      reports.add(
          Report.error(
              Message.FUNCTION_URL_CLOUDFRONT_AUTH, site.functionUrl("auth"), model.qualifiedMethod()));
    }
  }

  /** The function's URL settings: its annotation, or the default when it has URL triggers only. */
  static FunctionUrlModel of(FunctionModel model) {
    return model.functionUrl() == null ? FunctionUrlModel.DEFAULT : model.functionUrl();
  }
}
