package io.lambdaforge.descriptor.model;

import io.lambdaforge.descriptor.family.SourceFamilies;
import io.lambdaforge.descriptor.family.SourceFamily;
import io.lambdaforge.descriptor.family.TriggerCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deployable application: its settings and its functions, sorted by name so that output does not
 * depend on the order in which functions were discovered.
 *
 * @param runtime {@code java17}, {@code java21} or {@code java25}
 * @param codeUri SAM {@code CodeUri} of the deployment artifact, relative to the template
 * @param region region label of the prices used, e.g. {@code us-east-1}
 * @param functions the functions; names and logical IDs must be unique, and so must what each
 *     trigger family requires (routes, ALB priorities)
 */
public record Application(
    String runtime, String codeUri, String region, List<FunctionSpec> functions) {

  /** The supported Java managed runtimes. */
  public static final Set<String> RUNTIMES = Set.of("java17", "java21", "java25");
  /**
   * Default runtime: the newest Java runtime AWS Lambda lists, {@code java25} (Amazon Linux 2023;
   * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). {@code java21} and {@code
   * java17} stay selectable.
   */
  public static final String DEFAULT_RUNTIME = "java25";
  /** Default {@code CodeUri}: the directory holding the template. */
  public static final String DEFAULT_CODE_URI = ".";
  /** Default region label (the bundled price catalog's region). */
  public static final String DEFAULT_REGION = "us-east-1";

  public Application {
    runtime = runtime == null ? DEFAULT_RUNTIME : runtime;
    if (!RUNTIMES.contains(runtime)) {
      throw new IllegalArgumentException(
          "runtime '" + runtime + "' is not supported; write java17, java21 or java25");
    }
    codeUri = codeUri == null || codeUri.isBlank() ? DEFAULT_CODE_URI : codeUri;
    region = region == null || region.isBlank() ? DEFAULT_REGION : region;
    List<FunctionSpec> sorted = new ArrayList<>(Checks.notNull(functions, "functions"));
    sorted.sort(Comparator.comparing(FunctionSpec::name));
    checkUnique(sorted);
    functions = List.copyOf(sorted);
  }

  /** An application with the default runtime, code URI and region. */
  public static Application of(List<FunctionSpec> functions) {
    return new Application(DEFAULT_RUNTIME, DEFAULT_CODE_URI, DEFAULT_REGION, functions);
  }

  /**
   * Names and logical IDs are unique; each family checks its triggers across the application
   * (e.g. routes and ALB priorities, {@link SourceFamily#newCheck()}).
   */
  private static void checkUnique(List<FunctionSpec> functions) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> logicalIds = new HashMap<>();
    Map<SourceFamily, TriggerCheck> checks = new HashMap<>();
    for (FunctionSpec f : functions) {
      String previous = names.putIfAbsent(f.name(), f.name());
      if (previous != null) {
        throw new IllegalArgumentException("duplicate function name '" + f.name() + "'");
      }
      previous = logicalIds.putIfAbsent(f.logicalId(), f.name());
      if (previous != null) {
        throw new IllegalArgumentException(
            "functions '" + previous + "' and '" + f.name() + "' both map to logical ID "
                + f.logicalId() + "; rename one of them");
      }
      for (TriggerSpec t : f.triggers()) {
        checks.computeIfAbsent(SourceFamilies.of(t.source()), SourceFamily::newCheck)
            .check(f.name(), t);
      }
    }
  }
}
