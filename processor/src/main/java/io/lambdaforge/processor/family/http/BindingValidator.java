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
      if (binding.isAuth() && http) {
        protectedRoutes(reports, model, site, i, parameter);
      }
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
      case CLAIM:
        if (shape.isScalar() || optionalOf(shape) || listOf(shape)) {
          return;
        }
        reason = "a claim is a string, number, boolean or array of them";
        instead = SCALARS + " (Instant for exp, iat, auth_time), or Optional or List of one";
        break;
      case AUTH_CONTEXT:
        if (shape.isScalar() || optionalOf(shape)) {
          return;
        }
        reports.add(Report.error(Message.AUTH_CONTEXT_TYPE, site.parameter(i),
            "@AuthContext(\"" + parameter.boundName() + "\")", parameter.type()));
        return;
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

  /**
   * {@code @Claim} and {@code @AuthContext} need a named authorizer on every HTTP trigger; {@code
   * Auth} needs an authorizer or IAM (a function URL's {@code AWS_IAM} auth type counts).
   */
  private static void protectedRoutes(
      List<Report> reports, FunctionModel model, FunctionSite site, int i, ParameterModel parameter) {
    boolean named = parameter.binding() != Binding.AUTH;
    for (TriggerModel trigger : model.triggers()) {
      if (!HttpFamily.isHttp(trigger)) {
        continue;
      }
      boolean ok = named
          ? trigger.hasNamedAuthorizer()
          : trigger.isProtected() || (HttpFamily.isFunctionUrl(trigger)
              && (model.functionUrl() == null || model.functionUrl().auth().equals("AWS_IAM")));
      if (!ok) {
        String what = parameter.binding() == Binding.AUTH ? "Auth"
            : parameter.binding().annotation() + "(\"" + parameter.boundName() + "\")";
        reports.add(Report.error(Message.CLAIM_WITHOUT_AUTHORIZER, site.parameter(i), what,
            parameter.name(), named ? "an authorizer" : "an authorizer or IAM",
            model.qualifiedMethod(), trigger.source() + " " + trigger.method() + " "
                + trigger.path() + " has " + (trigger.isProtected() ? "only AWS_IAM" : "none")));
        return;
      }
    }
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
