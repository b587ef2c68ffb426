package io.lambdaforge.processor.descriptor;

import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.AuthorizerTraffic;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import io.lambdaforge.descriptor.measured.MeasuredDuration;
import io.lambdaforge.descriptor.measured.MeasuredFile;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.processor.auth.AuthorizerDecl;
import io.lambdaforge.processor.auth.LambdaAuthorizerModel;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.openapi.OpenApiFiles;
import io.lambdaforge.descriptor.openapi.RestDefinition;
import io.lambdaforge.descriptor.report.CostReport;
import io.lambdaforge.descriptor.sam.SamTemplateWriter;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.validate.CompilationValidator.Entry;
import java.util.ArrayList;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * Turns the valid functions of a compilation into the deployment descriptor: the application
 * model, its cost estimate, the budget diagnostics and the three files' text. Touches neither the
 * {@code Messager} nor the {@code Filer}; the processor prints and writes what this returns.
 */
public final class DescriptorAssembler {
  /** The directory of the generated files, relative to the class output. */
  public static final String DIRECTORY = "META-INF/lambdaforge/";
  public static final String TEMPLATE = DIRECTORY + "template.yaml";
  public static final String FUNCTIONS = DIRECTORY + "functions.json";
  public static final String COST_REPORT = DIRECTORY + "cost-report.md";

  /** What the cost report adds when API Gateway validates REST requests. */
  static final String VALIDATION_NOTE = "\n## Request validation\n\n"
      + "The REST API is defined by its OpenAPI document (`-Alambdaforge.restDefinition=openapi`):"
      + " API Gateway validates bodies and required parameters and answers invalid requests with 400"
      + " itself. Rejected requests never invoke a function, so they are not billed to Lambda"
      + " (API Gateway still counts them as API requests).\n";

  private DescriptorAssembler() {}

  /**
   * What assembling produced.
   *
   * @param reports diagnostics on functions (descriptor checks, budgets)
   * @param files generated file text by path relative to the class output, in a fixed order;
   *     empty when no function made it into the descriptor
   * @param note the cost table for a compiler NOTE; empty when there are no files
   */
  public record Assembly(List<Report> reports, Map<String, String> files, Optional<String> note) {
    public Assembly {
      reports = List.copyOf(reports);
      files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
  }

  /**
   * Assembles the descriptor of {@code functions}, which passed the processor's validation. A
   * function that fails a descriptor check gets an error and is left out; budget diagnostics do not
   * leave a function out.
   */
  public static Assembly assemble(List<Entry> functions, DescriptorOptions options) {
    return assemble(functions, options, kept -> Map.of(), false);
  }

  /**
   * Builds the OpenAPI 3.1 documents of the functions that made it into the descriptor.
   */
  public interface OpenApiDocuments {
    /**
     * The documents by API name ({@code rest}, {@code http}; see {@code OpenApiFiles}) of {@code
     * kept}, sorted by function name; an API without routes has none.
     */
    Map<String, ObjectNode> build(List<Entry> kept);
  }

  /**
   * {@link #assemble(List, DescriptorOptions)}, plus the OpenAPI documents {@code openapi} builds
   * (written as {@code openapi-<api>.json} and named in functions.json) and, when {@code
   * restDefinition}, the REST API defined by its document in the template's {@code
   * DefinitionBody} with API Gateway's request validation.
   */
  public static Assembly assemble(List<Entry> functions, DescriptorOptions options, OpenApiDocuments openapi,
      boolean restDefinition) {
    return assemble(functions, options, openapi, restDefinition, List.of());
  }

  /**
   * {@link #assemble(List, DescriptorOptions, OpenApiDocuments, boolean)} with the compilation's
   * valid authorizer declarations: each is in the descriptor, and each Lambda authorizer is a
   * function of its own whose traffic is the requests of the routes it protects less its assumed
   * cache hits ({@link AuthorizerTraffic}).
   */
  public static Assembly assemble(List<Entry> functions, DescriptorOptions options, OpenApiDocuments openapi,
      boolean restDefinition, List<AuthorizerDecl> authorizers) {
    List<Report> reports = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    List<FunctionSpec> specs = new ArrayList<>();
    Map<String, MeasuredDuration> measuredUsed = new TreeMap<>();
    for (Entry entry : functions) {
      Optional<MeasuredDuration> measured = measuredDuration(entry, options.measured());
      List<Report> traffic = DescriptorChecks.traffic(entry, measured);
      reports.addAll(traffic);
      if (!traffic.isEmpty()) {
        continue;
      }
      DescriptorChecks.measuredDiffers(entry, measured).ifPresent(reports::add);
      if (restDefinition && protectedRestRoute(entry, reports)) {
        continue;
      }
      try {
        boolean useMeasured = entry.model().traffic().averageDurationMs() == 0 && measured.isPresent();
        FunctionSpec spec = useMeasured
            ? SpecConverter.toSpec(entry.model(), entry.site(), measured.get().averageDurationMs())
            : SpecConverter.toSpec(entry.model(), entry.site());
        if (useMeasured) {
          measuredUsed.put(spec.name(), measured.get());
        }
        specs.add(spec);
        entries.add(entry);
      } catch (IllegalArgumentException e) {
        reports.add(
            Report.error(
                Message.DESCRIPTOR_REJECTED,
                entry.site().annotation(),
                entry.model().qualifiedMethod(),
                e.getMessage()));
      }
    }
    List<Report> clashes = DescriptorChecks.logicalIds(entries, specs);
    reports.addAll(clashes);
    Set<Element> clashing = new HashSet<>();
    clashes.forEach(r -> clashing.add(r.position().element()));
    Map<String, Entry> byName = new LinkedHashMap<>();
    List<FunctionSpec> kept = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!clashing.contains(entries.get(i).site().method())) {
        byName.put(specs.get(i).name(), entries.get(i));
        kept.add(specs.get(i));
      }
    }
    if (kept.isEmpty()) {
      return new Assembly(reports, Map.of(), Optional.empty());
    }

    List<FunctionSpec> routes = List.copyOf(kept);
    List<AuthorizerSpec> authorizerSpecs = new ArrayList<>();
    for (AuthorizerDecl decl : authorizers) {
      authorizerSpecs.add(decl.spec());
      if (decl.lambda() != null) {
        kept.add(authorizerFunction(decl.lambda(), routes));
      }
    }
    Application app = new Application(
        options.runtime(), options.codeUri(), options.catalog().region(), kept, authorizerSpecs);
    CostEstimate cost = new CostEstimator(options.catalog()).estimate(app);
    for (FunctionCost function : cost.functions()) {
      Entry entry = byName.get(function.functionName());
      if (entry != null) {
        BudgetDiagnostics.of(entry, function).ifPresent(reports::add);
        FrontDoorDiagnostics.of(entry, function, restDefinition).ifPresent(reports::add);
      }
    }
    List<Entry> keptEntries = new ArrayList<>(byName.values());
    keptEntries.sort(Comparator.comparing(e -> e.model().functionName()));
    Map<String, ObjectNode> documents = openapi.build(keptEntries);
    Optional<ObjectNode> restBody = restDefinition && documents.containsKey("rest")
        ? Optional.of(RestDefinition.of(documents.get("rest"), app))
        : Optional.empty();
    Map<String, String> names = new TreeMap<>();
    documents.keySet().forEach(api -> names.put(api, OpenApiFiles.resource(api)));
    Map<String, String> files = new LinkedHashMap<>();
    measuredUsed.keySet().retainAll(byName.keySet());
    files.put(TEMPLATE, SamTemplateWriter.render(app, cost, measuredUsed, restBody));
    files.put(FUNCTIONS, FunctionsDescriptor.render(app, cost, measuredUsed, names));
    files.put(COST_REPORT,
        CostReport.markdown(cost, measuredUsed) + (restBody.isPresent() ? VALIDATION_NOTE : ""));
    for (String api : OpenApiFiles.APIS) {
      if (documents.containsKey(api)) {
        files.put(OpenApiFiles.resource(api), OpenApiFiles.render(documents.get(api)));
      }
    }
    String note =
        CostReport.text(cost) + CostReport.measuredLines(measuredUsed)
            + "Full report: " + COST_REPORT + " in the class output";
    return new Assembly(reports, files, Optional.of(note));
  }

  /**
   * Whether {@code entry} has a protected REST route, which an OpenAPI-defined REST API cannot
   * carry yet; reports it ({@code LF_AUTH_REST_DEFINITION}).
   */
  private static boolean protectedRestRoute(Entry entry, List<Report> reports) {
    var triggers = entry.model().triggers();
    for (int i = 0; i < triggers.size(); i++) {
      var t = triggers.get(i);
      boolean rest = io.lambdaforge.processor.family.SourceFamilies.of(t.source()).documentedApis()
          .stream().anyMatch(api -> api.source() == t.source() && api.name().equals(OpenApiFiles.REST));
      if (t.isProtected() && rest) {
        reports.add(Report.error(Message.AUTH_REST_DEFINITION, entry.site().trigger(i),
            t.method(), t.path(), entry.model().qualifiedMethod(), t.authorizer()));
        return true;
      }
    }
    return false;
  }

  /**
   * A Lambda authorizer's function: no triggers (API Gateway invokes it), its declared memory and
   * timeout, and the traffic of the routes it protects less the assumed cache hits, which its
   * description states.
   */
  private static FunctionSpec authorizerFunction(LambdaAuthorizerModel model, List<FunctionSpec> routes) {
    long invocations =
        AuthorizerTraffic.invocations(routes, model.name(), model.cacheHitPercent());
    return FunctionSpec.builder(model.functionName(), model.handler())
        .memoryMb(model.memory())
        .timeoutSeconds(model.timeout())
        .description("Lambda authorizer " + model.name() + "; invocations: the protected requests"
            + " less " + model.cacheHitPercent() + "% answered from its "
            + model.resultTtlSeconds() + " s result cache")
        .traffic(invocations == 0 ? TrafficSpec.UNKNOWN
            : new TrafficSpec(invocations, model.averageDurationMs(), 1024, 1024))
        .build();
  }

  /**
   * The measured median at the function's declared memory, when the measured-durations file has
   * the function, covers that memory and the figure fits in the timeout.
   */
  private static Optional<MeasuredDuration> measuredDuration(Entry entry, MeasuredFile file) {
    return file.function(entry.model().functionName())
        .flatMap(measured -> measured.durationAt(entry.model().memory()))
        .filter(duration -> duration.averageDurationMs() <= entry.model().timeout() * 1000L);
  }
}
