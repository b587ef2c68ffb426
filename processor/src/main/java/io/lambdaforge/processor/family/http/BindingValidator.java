package io.lambdaforge.processor.family.http;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import io.lambdaforge.processor.model.RouteTemplate;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.model.TypeShape;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parameter bindings against the triggers: which annotations, which types, path coverage. The
 * direct-invoke family checks its own payload rule ({@code LF_MULTIPLE_PAYLOADS}).
 */
final class BindingValidator {
  private static final String SCALARS =
      "String, a primitive or its box, an enum, UUID or a java.time type";

  List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    List<ParameterModel> parameters = model.parameters();
    boolean http = HttpFamily.hasHttpTrigger(model);
    boolean direct = SourceFamilies.invokedDirectly(model);
    String body = null;
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      Binding binding = parameter.binding();
      if (binding.isHttp() && !http) {
        reports.add(
            Report.error(
                Message.HTTP_BINDING_WITHOUT_HTTP,
                site.parameter(i),
                binding.annotation() + " on parameter " + parameter.name(),
                model.qualifiedMethod()));
        continue;
      }
      if ((binding == Binding.QUERY || binding == Binding.HEADER || binding == Binding.COOKIE)
          && parameter.boundName().isBlank()) {
        reports.add(
            Report.error(
                Message.BINDING_NAME,
                site.parameter(i),
                binding.annotation(),
                parameter.name(),
                binding.annotation(),
                parameter.name()));
      }
      if (binding == Binding.BODY) {
        if (body != null) {
          reports.add(Report.error(Message.MULTIPLE_BODIES, site.parameter(i), body));
        }
        body = body == null ? parameter.name() : body;
      }
      if (binding == Binding.PAYLOAD && http && !direct) {
        reports.add(
            Report.error(
                Message.UNBOUND_PARAMETER,
                site.parameter(i),
                parameter.name(),
                model.qualifiedMethod()));
      }
      bindableType(reports, site, i, parameter);
    }
    if (!http && model.returnType().kind() == ReturnModel.Kind.HTTP_RESPONSE) {
      reports.add(
          Report.error(
              Message.HTTP_RESPONSE_WITHOUT_HTTP, site.methodPosition(), model.qualifiedMethod()));
    }
    if (http) {
      pathCoverage(reports, model, site);
    }
    return reports;
  }

  private static void bindableType(
      List<Report> reports, FunctionSite site, int i, ParameterModel parameter) {
    TypeShape shape = parameter.shape();
    String reason;
    String instead;
    switch (parameter.binding()) {
      case PATH:
      case COOKIE:
        if (shape.isScalar() || optionalOf(shape)) {
          return;
        }
        reason = "a " + (parameter.binding() == Binding.PATH ? "path segment" : "cookie") + " is one text value";
        instead = SCALARS + ", or Optional of one";
        break;
      case QUERY:
      case HEADER:
        if (shape.isScalar() || optionalOf(shape) || listOf(shape)) {
          return;
        }
        reason = "a " + (parameter.binding() == Binding.QUERY ? "query parameter" : "header") + " is text values";
        instead = SCALARS + ", or Optional or List of one";
        break;
      default:
        return;
    }
    reports.add(
        Report.error(
            Message.UNBINDABLE_TYPE,
            site.parameter(i),
            parameter.binding().annotation() + "(\"" + parameter.boundName() + "\")",
            parameter.type(),
            reason,
            instead));
  }

  private static boolean optionalOf(TypeShape shape) {
    return shape.kind() == TypeShape.Kind.OPTIONAL && shape.of().isScalar();
  }

  private static boolean listOf(TypeShape shape) {
    return shape.kind() == TypeShape.Kind.LIST && shape.of().isScalar();
  }

  /** Every {param} of every HTTP route is bound, and every @PathParam is in every route. */
  private static void pathCoverage(List<Report> reports, FunctionModel model, FunctionSite site) {
    List<TriggerModel> triggers = model.triggers();
    Set<String> bound = new LinkedHashSet<>();
    for (ParameterModel parameter : model.parameters()) {
      if (parameter.binding() == Binding.PATH) {
        bound.add(parameter.boundName());
      }
    }
    for (int t = 0; t < triggers.size(); t++) {
      TriggerModel trigger = triggers.get(t);
      if (!HttpFamily.isHttp(trigger) || RouteTemplate.problem(trigger.path()).isPresent()) {
        continue;
      }
      List<String> names = trigger.route().parameterNames();
      for (String name : names) {
        if (!bound.contains(name)) {
          reports.add(
              Report.error(
                  Message.PATH_PARAM_UNBOUND,
                  site.triggerAttribute(t, "path"),
                  name,
                  trigger.path(),
                  name));
        }
      }
      List<ParameterModel> parameters = model.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        ParameterModel parameter = parameters.get(i);
        if (parameter.binding() == Binding.PATH && !names.contains(parameter.boundName())) {
          reports.add(
              Report.error(
                  Message.PATH_PARAM_NOT_IN_PATH,
                  site.parameter(i),
                  parameter.boundName(),
                  trigger.path(),
                  parameter.boundName()));
        }
      }
    }
  }
}
