package io.lambdaforge.processor.family.http;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions with HTTP triggers and an SDK trigger. One rule makes both entry points well defined:
 * the function's input is its body, {@code @Body} or the one un-annotated parameter (not both);
 * over HTTP it is read from the request body, on direct invoke from the JSON payload. Everything
 * else must exist on both: {@code Context} does, request parts ({@code @PathParam}, {@code
 * @QueryParam}, {@code @HeaderParam}, {@code @CookieParam}, {@code HttpRequest}) and an {@code
 * HttpResponse} result do not.
 */
final class MixedInvokeValidator {

  List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    if (!HttpFamily.hasHttpTrigger(model) || !SourceFamilies.invokedDirectly(model)) {
      return reports;
    }
    List<ParameterModel> parameters = model.parameters();
    String body = null;
    for (ParameterModel parameter : parameters) {
      if (parameter.binding() == Binding.BODY) {
        body = body == null ? parameter.name() : body;
      }
    }
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      switch (parameter.binding()) {
        case PATH:
        case QUERY:
        case HEADER:
        case COOKIE:
        case REQUEST_VIEW:
        case CLAIM:
        case AUTH_CONTEXT:
        case AUTH:
          String what =
              parameter.binding() == Binding.REQUEST_VIEW || parameter.binding() == Binding.AUTH
                  ? parameter.binding().annotation()
                  : parameter.binding().annotation() + "(\"" + parameter.boundName() + "\")";
          reports.add(
              Report.error(
                  Message.SDK_REQUEST_PARAMETER,
                  site.parameter(i),
                  what,
                  parameter.name(),
                  model.qualifiedMethod()));
          break;
        case PAYLOAD:
          if (body != null) {
            reports.add(
                Report.error(
                    Message.BODY_AND_PAYLOAD,
                    site.parameter(i),
                    parameter.name(),
                    model.qualifiedMethod(),
                    body));
          }
          break;
        default:
          break;
      }
    }
    if (model.returnType().kind() == ReturnModel.Kind.HTTP_RESPONSE) {
      reports.add(
          Report.error(
              Message.SDK_HTTP_RESPONSE, site.methodPosition(), model.qualifiedMethod()));
    }
    return reports;
  }
}
