package io.lambdaforge.processor.descriptor;

import io.lambdaforge.descriptor.measured.MeasuredDuration;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TrafficModel;
import io.lambdaforge.processor.validate.CompilationValidator.Entry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What only the descriptor needs of otherwise valid functions: traffic the cost estimate can use
 * and CloudFormation logical IDs that do not collide.
 */
final class DescriptorChecks {
  private DescriptorChecks() {}

  /**
   * Traffic the cost estimate cannot use: invocations without a duration (declared or {@code
   * measured}), or past the timeout.
   */
  static List<Report> traffic(Entry entry, Optional<MeasuredDuration> measured) {
    List<Report> reports = new ArrayList<>();
    FunctionModel model = entry.model();
    TrafficModel traffic = model.traffic();
    if (traffic.invocationsPerMonth() > 0 && traffic.averageDurationMs() == 0 && measured.isEmpty()) {
      reports.add(
          Report.error(
              Message.TRAFFIC_DURATION_MISSING,
              entry.site().trafficAttribute("averageDurationMs"),
              traffic.invocationsPerMonth()));
    }
    long timeoutMs = model.timeout() * 1000L;
    if (traffic.averageDurationMs() > timeoutMs) {
      reports.add(
          Report.error(
              Message.TRAFFIC_DURATION_TIMEOUT,
              entry.site().trafficAttribute("averageDurationMs"),
              traffic.averageDurationMs(),
              model.timeout(),
              timeoutMs,
              timeoutMs));
    }
    return reports;
  }

  /**
   * A note where the declared {@code averageDurationMs} and the measured median differ by more than
   * a factor of two, either way.
   */
  static Optional<Report> measuredDiffers(Entry entry, Optional<MeasuredDuration> measured) {
    long declared = entry.model().traffic().averageDurationMs();
    if (declared == 0 || measured.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal p50 = measured.get().p50Ms();
    BigDecimal twice = BigDecimal.valueOf(2);
    BigDecimal declaredMs = BigDecimal.valueOf(declared);
    if (declaredMs.compareTo(p50.multiply(twice)) <= 0 && p50.compareTo(declaredMs.multiply(twice)) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        Report.note(
            Message.DURATION_MEASURED_DIFFERS,
            entry.site().trafficAttribute("averageDurationMs"),
            entry.model().functionName(),
            declared,
            measured.get().label(),
            measured.get().averageDurationMs()));
  }

  /**
   * Functions whose names map to the same CloudFormation logical ID ({@code get-order} and {@code
   * getOrder} both become {@code GetOrderFunction}); reported on the later function of each pair.
   *
   * @param specs the converted functions, parallel to {@code entries}
   */
  static List<Report> logicalIds(List<Entry> entries, List<FunctionSpec> specs) {
    List<Report> reports = new ArrayList<>();
    Map<String, Entry> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      String logicalId = specs.get(i).logicalId();
      Entry same = seen.putIfAbsent(logicalId, entry);
      if (same != null) {
        reports.add(
            Report.error(
                Message.LOGICAL_ID_CLASH,
                entry.site().attribute("name"),
                entry.model().functionName(),
                logicalId,
                same.model().functionName(),
                same.model().qualifiedMethod()));
      }
    }
    return reports;
  }
}
