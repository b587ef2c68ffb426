package io.lambdaforge.processor.validate;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.EnvVar;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Environment variable names (valid, not reserved, unique) and Lambda's 4 KB total. */
final class EnvironmentValidator implements Validator {
  static final int MAX_TOTAL_BYTES = 4096;
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");
  private static final Set<String> RESERVED =
      Set.of(
          "AWS_REGION",
          "AWS_DEFAULT_REGION",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AWS_EXECUTION_ENV",
          "_HANDLER",
          "_X_AMZN_TRACE_ID",
          "LAMBDA_TASK_ROOT",
          "LAMBDA_RUNTIME_DIR");

  @Override
  public List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int total = 0;
    List<EnvVar> environment = model.environment();
    for (int i = 0; i < environment.size(); i++) {
      String name = environment.get(i).name();
      total += environment.get(i).size();
      if (isReserved(name)) {
        reports.add(
            Report.error(
                Message.ENV_RESERVED,
                site.environment(i, "name"),
                name,
                name.replaceAll("^_+", "")));
      } else if (!NAME.matcher(name).matches()) {
        reports.add(
            Report.error(Message.ENV_NAME, site.environment(i, "name"), name, suggest(name)));
      } else if (!seen.add(name)) {
        reports.add(Report.error(Message.ENV_DUPLICATE, site.environment(i, "name"), name));
      }
    }
    if (total > MAX_TOTAL_BYTES) {
      reports.add(Report.error(Message.ENV_SIZE, site.attribute("environment"), total));
    }
    return reports;
  }

  static boolean isReserved(String name) {
    return RESERVED.contains(name) || name.startsWith("AWS_LAMBDA_");
  }

  private static String suggest(String name) {
    String cleaned = name.replaceAll("[^a-zA-Z0-9_]", "_");
    if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))
        || cleaned.charAt(0) > 'z') {
      cleaned = "VAR_" + cleaned;
    }
    return cleaned;
  }
}
