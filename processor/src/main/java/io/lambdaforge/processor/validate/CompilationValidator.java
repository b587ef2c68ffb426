package io.lambdaforge.processor.validate;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.CrossCheck;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.family.SourceFamily;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that need every function of the compilation: unique adapter classes and function names,
 * plus each source family's own cross-function checks (for HTTP: unique ALB priorities and
 * non-conflicting routes). It remembers functions across rounds; each call reports only on the
 * functions passed in (naming the earlier one they clash with).
 */
public final class CompilationValidator {
  private final Map<String, FunctionModel> names = new HashMap<>();
  private final Map<String, FunctionModel> adapters = new HashMap<>();
  /** Each family's check, created on its first trigger. */
  private final Map<SourceFamily, CrossCheck> familyChecks = new HashMap<>();

  /** One function to check: its model and where it is. */
  public record Entry(FunctionModel model, FunctionSite site) {}

  /** Checks {@code entries} (one round's functions, in a stable order) against all seen so far. */
  public List<Report> validate(List<Entry> entries) {
    List<Report> reports = new ArrayList<>();
    for (Entry entry : entries) {
      FunctionModel model = entry.model();
      FunctionSite site = entry.site();
      FunctionModel sameAdapter = adapters.putIfAbsent(model.adapter().canonicalName(), model);
      if (sameAdapter != null) {
        reports.add(
            Report.error(
                Message.DUPLICATE_ADAPTER,
                site.methodPosition(),
                model.qualifiedMethod(),
                sameAdapter.qualifiedMethod(),
                model.adapter().canonicalName()));
      }
      FunctionModel sameName = names.putIfAbsent(model.functionName(), model);
      if (sameName != null) {
        reports.add(
            Report.error(
                Message.DUPLICATE_FUNCTION_NAME,
                site.attribute("name"),
                model.functionName(),
                sameName.qualifiedMethod()));
      }
      List<TriggerModel> triggers = model.triggers();
      for (int i = 0; i < triggers.size(); i++) {
        familyChecks
            .computeIfAbsent(SourceFamilies.of(triggers.get(i).source()), SourceFamily::crossCheck)
            .check(model, site, i, reports);
      }
    }
    return reports;
  }
}
