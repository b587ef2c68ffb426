package io.lambdaforge.descriptor.model;

import io.lambdaforge.descriptor.family.SourceFamilies;
import io.lambdaforge.descriptor.family.SourceFamily;
import io.lambdaforge.descriptor.family.TriggerCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A deployable application: its settings and its functions, sorted by name so that output does not
 * depend on the order in which functions were discovered.
 *
 * @param runtime {@code java17}, {@code java21} or {@code java25}
 * @param codeUri SAM {@code CodeUri} of the deployment artifact, relative to the template
 * @param region region label of the prices used, e.g. {@code us-east-1}
 * @param functions the functions; names and logical IDs must be unique, and so must what each
 *     trigger family requires (routes, ALB priorities)
 * @param authorizers the authorizers routes reference, sorted by name; names are unique, every
 *     route's authorizer exists and suits its source ({@link AuthorizerKind#appliesTo}), scopes
 *     go with JWT or Cognito authorizers only, and a Lambda authorizer's function is one of
 *     {@code functions}
 */
public record Application(
    String runtime,
    String codeUri,
    String region,
    List<FunctionSpec> functions,
    List<AuthorizerSpec> authorizers) {

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
    authorizers = checkAuthorizers(functions, authorizers == null ? List.of() : authorizers);
  }

  /** An application without authorizers. */
  public Application(String runtime, String codeUri, String region, List<FunctionSpec> functions) {
    this(runtime, codeUri, region, functions, List.of());
  }

  /** An application with the default runtime, code URI and region. */
  public static Application of(List<FunctionSpec> functions) {
    return new Application(DEFAULT_RUNTIME, DEFAULT_CODE_URI, DEFAULT_REGION, functions);
  }

  /** An application with the default runtime, code URI and region, and {@code authorizers}. */
  public static Application of(List<FunctionSpec> functions, List<AuthorizerSpec> authorizers) {
    return new Application(
        DEFAULT_RUNTIME, DEFAULT_CODE_URI, DEFAULT_REGION, functions, authorizers);
  }

  /** The authorizer named {@code name}, if declared. */
  public Optional<AuthorizerSpec> authorizer(String name) {
    return authorizers.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /**
   * Unique names; every route's authorizer exists and suits the route's source; scopes only with
   * JWT and Cognito; a Lambda authorizer's function exists. Returns them sorted by name.
   */
  private static List<AuthorizerSpec> checkAuthorizers(
      List<FunctionSpec> functions, List<AuthorizerSpec> authorizers) {
    Map<String, AuthorizerSpec> byName = new TreeMap<>();
    for (AuthorizerSpec a : authorizers) {
      Checks.notNull(a, "authorizer");
      if (byName.putIfAbsent(a.name(), a) != null) {
        throw new IllegalArgumentException("duplicate authorizer name '" + a.name() + "'");
      }
    }
    Set<String> functionNames = new HashSet<>();
    functions.forEach(f -> functionNames.add(f.name()));
    for (AuthorizerSpec a : byName.values()) {
      if (a.kind().isLambda() && !functionNames.contains(a.functionName())) {
        throw new IllegalArgumentException("authorizer '" + a.name() + "': its function '"
            + a.functionName() + "' is not a function of the application");
      }
    }
    for (FunctionSpec f : functions) {
      for (TriggerSpec t : f.triggers()) {
        RouteAuth auth = t.auth();
        if (!auth.isProtected() || auth.isIam()) {
          continue;
        }
        String where = "function '" + f.name() + "', " + t.source() + " " + t.method() + " "
            + t.path() + ": ";
        AuthorizerSpec a = byName.get(auth.authorizer());
        if (a == null) {
          throw new IllegalArgumentException(where + "unknown authorizer '" + auth.authorizer()
              + "'; declared: " + byName.keySet() + " (or AWS_IAM)");
        }
        if (!a.kind().appliesTo(t.source())) {
          throw new IllegalArgumentException(where + "a " + a.kind() + " authorizer ('"
              + a.name() + "') cannot protect a " + t.source() + " route");
        }
        if (!auth.scopes().isEmpty() && !a.kind().acceptsScopes()) {
          throw new IllegalArgumentException(where + "scopes " + auth.scopes()
              + " need a JWT or Cognito authorizer; '" + a.name() + "' is " + a.kind());
        }
      }
    }
    return List.copyOf(byName.values());
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
