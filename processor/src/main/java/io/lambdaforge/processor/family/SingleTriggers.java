package io.lambdaforge.processor.family;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.List;
import java.util.StringJoiner;

/**
 * The trigger rules the families of single-trigger, non-HTTP sources (Firehose, Cognito, S3 Batch,
 * Step Functions, Lex V2, Alexa) share: such a trigger takes none of the HTTP attributes, and the
 * source must be the function's only one. Each family passes its own diagnostic and source.
 */
public final class SingleTriggers {
  private SingleTriggers() {}

  /** Trigger {@code i} sets no {@code method}, {@code path}, {@code priority} or {@code multiValueHeaders}. */
  public static void checkNoHttpAttributes(
      Message code, FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    TriggerModel trigger = model.triggers().get(i);
    if (!trigger.method().equals("ANY")) {
      reports.add(Report.error(code, site.triggerAttribute(i, "method"), "HTTP method", "method"));
    }
    if (!trigger.path().isEmpty()) {
      reports.add(Report.error(code, site.triggerAttribute(i, "path"), "path", "path"));
    }
    if (trigger.priority() != 0) {
      reports.add(Report.error(code, site.triggerAttribute(i, "priority"), "priority", "priority"));
    }
    if (trigger.multiValueHeaders()) {
      reports.add(Report.error(code, site.triggerAttribute(i, "multiValueHeaders"),
          "multiValueHeaders", "multiValueHeaders"));
    }
  }

  /** The index of the function's first {@code source} trigger, or -1. */
  public static int first(FunctionModel model, Source source) {
    for (int i = 0; i < model.triggers().size(); i++) {
      if (model.triggers().get(i).source() == source) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the function's first trigger of another source than {@code source}, or -1. */
  public static int firstOther(FunctionModel model, Source source) {
    for (int i = 0; i < model.triggers().size(); i++) {
      if (model.triggers().get(i).source() != source) {
        return i;
      }
    }
    return -1;
  }

  /** The sources of the function's triggers but trigger {@code index}, as {@code Source.X, Source.Y}. */
  public static String othersThan(FunctionModel model, int index) {
    StringJoiner others = new StringJoiner(", ");
    for (int i = 0; i < model.triggers().size(); i++) {
      if (i != index) {
        others.add("Source." + model.triggers().get(i).source());
      }
    }
    return others.toString();
  }
}
