package io.lambdaforge.processor.family.http;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.RouteTemplate;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP trigger on its own: method, path syntax, the ALB-only attributes and, at the first
 * trigger of each API Gateway source, the gateway's integration timeout.
 */
final class HttpTriggerRules {
  /** https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html */
  static final int REST_TIMEOUT = 29;
  /** https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html */
  static final int HTTP_API_TIMEOUT = 30;
  /** https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html */
  static final int MIN_PRIORITY = 1;
  static final int MAX_PRIORITY = 50000;

  private HttpTriggerRules() {}

  static void check(FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    TriggerModel trigger = model.triggers().get(i);
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
    if (firstOfItsSource(model, i)) {
      gatewayTimeout(reports, model, site, trigger.source());
    }
  }

  private static boolean firstOfItsSource(FunctionModel model, int i) {
    Source source = model.triggers().get(i).source();
    return model.triggers().subList(0, i).stream().noneMatch(t -> t.source() == source);
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
