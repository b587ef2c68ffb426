package io.lambdaforge.processor.validate;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.RouteTemplate;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Each trigger on its own: method, path syntax, per-source attributes, gateway timeouts. */
final class TriggerValidator implements Validator {
  static final int REST_TIMEOUT = 29;
  static final int HTTP_API_TIMEOUT = 30;
  static final int MIN_PRIORITY = 1;
  static final int MAX_PRIORITY = 50000;

  @Override
  public List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    Set<Source> timeoutChecked = EnumSet.noneOf(Source.class);
    List<TriggerModel> triggers = model.triggers();
    for (int i = 0; i < triggers.size(); i++) {
      TriggerModel trigger = triggers.get(i);
      if (trigger.source() == Source.SDK) {
        sdk(reports, site, i, trigger);
        continue;
      }
      if (!TriggerModel.METHODS.contains(trigger.method())) {
        reports.add(
            Report.error(Message.HTTP_METHOD, site.triggerAttribute(i, "method"), trigger.method()));
      }
      if (trigger.path().isEmpty()) {
        reports.add(Report.error(Message.PATH_REQUIRED, site.trigger(i), trigger.source()));
      } else {
        Optional<String> problem = RouteTemplate.problem(trigger.path());
        if (problem.isPresent()) {
          reports.add(
              Report.error(
                  Message.ROUTE_SYNTAX,
                  site.triggerAttribute(i, "path"),
                  trigger.path(),
                  problem.get()));
        }
      }
      if (trigger.source() == Source.ALB) {
        if (trigger.priority() < MIN_PRIORITY || trigger.priority() > MAX_PRIORITY) {
          reports.add(
              Report.error(
                  Message.ALB_PRIORITY_RANGE,
                  site.triggerAttribute(i, "priority"),
                  trigger.priority() == 0 ? "0 (unset)" : String.valueOf(trigger.priority())));
        }
      } else {
        if (trigger.priority() != 0) {
          reports.add(
              Report.error(
                  Message.ALB_ONLY_ATTRIBUTE,
                  site.triggerAttribute(i, "priority"),
                  "priority",
                  trigger.source()));
        }
        if (trigger.multiValueHeaders()) {
          reports.add(
              Report.error(
                  Message.ALB_ONLY_ATTRIBUTE,
                  site.triggerAttribute(i, "multiValueHeaders"),
                  "multiValueHeaders",
                  trigger.source()));
        }
      }
      if (timeoutChecked.add(trigger.source())) {
        gatewayTimeout(reports, model, site, trigger.source());
      }
    }
    return reports;
  }

  private static void sdk(List<Report> reports, FunctionSite site, int i, TriggerModel trigger) {
    if (!trigger.method().equals("ANY")) {
      reports.add(
          Report.error(
              Message.SDK_TRIGGER_ATTRIBUTE, site.triggerAttribute(i, "method"), "HTTP method", "method"));
    }
    if (!trigger.path().isEmpty()) {
      reports.add(
          Report.error(Message.SDK_TRIGGER_ATTRIBUTE, site.triggerAttribute(i, "path"), "path", "path"));
    }
    if (trigger.priority() != 0) {
      reports.add(
          Report.error(
              Message.SDK_TRIGGER_ATTRIBUTE, site.triggerAttribute(i, "priority"), "priority", "priority"));
    }
    if (trigger.multiValueHeaders()) {
      reports.add(
          Report.error(
              Message.ALB_ONLY_ATTRIBUTE,
              site.triggerAttribute(i, "multiValueHeaders"),
              "multiValueHeaders",
              Source.SDK));
    }
  }

  private static void gatewayTimeout(
      List<Report> reports, FunctionModel model, FunctionSite site, Source source) {
    int cap;
    String gateway;
    if (source == Source.API_GATEWAY_REST) {
      cap = REST_TIMEOUT;
      gateway = "API Gateway REST";
    } else if (source == Source.API_GATEWAY_HTTP) {
      cap = HTTP_API_TIMEOUT;
      gateway = "API Gateway HTTP API";
    } else {
      return;
    }
    if (model.timeout() > cap && !model.suppresses(FunctionModel.SUPPRESS_GATEWAY_TIMEOUT)) {
      reports.add(
          Report.error(
              Message.GATEWAY_TIMEOUT, site.attribute("timeout"), model.timeout(), gateway, cap, cap));
    }
  }
}
