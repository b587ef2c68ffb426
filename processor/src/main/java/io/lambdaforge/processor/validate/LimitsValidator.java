package io.lambdaforge.processor.validate;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TrafficModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Lambda's numeric and naming limits: memory, timeout, /tmp, name, handler, budget, traffic. */
final class LimitsValidator implements Validator {
  static final int MIN_MEMORY = 128;
  static final int MAX_MEMORY = 10240;
  static final int MIN_TIMEOUT = 1;
  static final int MAX_TIMEOUT = 900;
  /**
   * A default account's 1,000 concurrent executions minus the 100 Lambda keeps unreserved
   * (https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html,
   * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
   */
  static final int MAX_PROVISIONED_CONCURRENCY = 900;
  static final int MIN_STORAGE = 512;
  static final int MAX_STORAGE = 10240;
  /** https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html */
  static final int MAX_SNAPSTART_STORAGE = 512;
  static final int MAX_NAME = 64;
  static final int MAX_HANDLER = 127;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  @Override
  public List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    range(reports, Message.MEMORY_RANGE, site, "memory", model.memory(), MIN_MEMORY, MAX_MEMORY);
    range(reports, Message.TIMEOUT_RANGE, site, "timeout", model.timeout(), MIN_TIMEOUT, MAX_TIMEOUT);
    range(
        reports,
        Message.EPHEMERAL_STORAGE_RANGE,
        site,
        "ephemeralStorage",
        model.ephemeralStorage(),
        MIN_STORAGE,
        MAX_STORAGE);
    String name = model.functionName();
    if (!NAME.matcher(name).matches()) {
      String problem =
          name.length() > MAX_NAME
              ? "is " + name.length() + " characters long"
              : "contains characters other than A-Z a-z 0-9 _ -";
      reports.add(
          Report.error(Message.FUNCTION_NAME, site.attribute("name"), name, problem, suggest(name)));
    }
    if (model.handler().length() > MAX_HANDLER) {
      reports.add(
          Report.error(
              Message.HANDLER_LENGTH,
              site.methodPosition(),
              model.handler(),
              model.handler().length()));
    }
    range(reports, Message.PROVISIONED_CONCURRENCY_RANGE, site, "provisionedConcurrency",
        model.provisionedConcurrency(), 0, MAX_PROVISIONED_CONCURRENCY);
    snapStart(reports, model, site);
    if (model.monthlyBudgetUsd() < 0 || Double.isNaN(model.monthlyBudgetUsd())) {
      reports.add(
          Report.error(
              Message.BUDGET_NEGATIVE,
              site.attribute("monthlyBudgetUsd"),
              model.monthlyBudgetUsd()));
    }
    TrafficModel traffic = model.traffic();
    nonNegative(reports, site, "invocationsPerMonth", traffic.invocationsPerMonth());
    nonNegative(reports, site, "averageDurationMs", traffic.averageDurationMs());
    nonNegative(reports, site, "averageRequestBytes", traffic.averageRequestBytes());
    nonNegative(reports, site, "averageResponseBytes", traffic.averageResponseBytes());
    return reports;
  }

  /**
   * SnapStart's documented incompatibilities that a function declares
   * (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html): provisioned concurrency and
   * ephemeral storage above 512 MB. Every runtime ({@code java17}, {@code java21}, {@code java25})
   * and both architectures support it; Lambdaforge configures no EFS.
   */
  private static void snapStart(List<Report> reports, FunctionModel model, FunctionSite site) {
    if (!model.snapStart()) {
      return;
    }
    String how = site.explicit("snapStart") ? "" : " (-Alambdaforge.snapStart=true)";
    if (model.provisionedConcurrency() > 0) {
      reports.add(Report.error(Message.SNAPSTART_PROVISIONED_CONCURRENCY,
          site.attribute("provisionedConcurrency"), model.functionName(), how,
          model.provisionedConcurrency()));
    }
    if (model.ephemeralStorage() > MAX_SNAPSTART_STORAGE) {
      reports.add(Report.error(Message.SNAPSTART_EPHEMERAL_STORAGE,
          site.attribute("ephemeralStorage"), model.functionName(), how,
          model.ephemeralStorage()));
    }
  }

  private static void range(
      List<Report> reports,
      Message message,
      FunctionSite site,
      String attribute,
      int value,
      int min,
      int max) {
    if (value < min) {
      reports.add(Report.error(message, site.attribute(attribute), value, min + " or more"));
    } else if (value > max) {
      reports.add(Report.error(message, site.attribute(attribute), value, max + " or less"));
    }
  }

  private static void nonNegative(
      List<Report> reports, FunctionSite site, String attribute, long value) {
    if (value < 0) {
      reports.add(
          Report.error(
              Message.TRAFFIC_NEGATIVE, site.trafficAttribute(attribute), attribute, value, attribute));
    }
  }

  /** A valid name close to {@code name}: invalid characters become '-', cut to 64. */
  private static String suggest(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9_-]", "-");
    if (cleaned.isEmpty()) {
      cleaned = "my-function";
    }
    return cleaned.length() > MAX_NAME ? cleaned.substring(0, MAX_NAME) : cleaned;
  }
}
