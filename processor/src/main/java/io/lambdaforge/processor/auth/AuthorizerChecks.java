package io.lambdaforge.processor.auth;

import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.validate.CompilationValidator.Entry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The authorization rules that need every declaration of the compilation: unique authorizer names
 * (and authorizer function names), every route's authorizer declared, its kind available on the
 * route's API, scopes only with JWT and Cognito, claims only behind JWT and Cognito, context only
 * behind Lambda authorizers.
 */
public final class AuthorizerChecks {
  private final Map<String, AuthorizerDecl> byName = new LinkedHashMap<>();
  private final Set<String> refused = new TreeSet<>();

  /**
   * Keeps the first declaration of each name, in the given order; a later one with the same
   * authorizer name, or a Lambda authorizer whose function name a function or an earlier one has,
   * is an error, and that name is refused.
   *
   * @param refusedNames names of declarations already reported as invalid: routes naming them
   *     are left out without a second error
   */
  public List<Report> declare(List<AuthorizerDecl> decls, Set<String> functionNames,
      Set<String> refusedNames) {
    refused.addAll(refusedNames);
    List<Report> reports = new ArrayList<>();
    Map<String, AuthorizerDecl> functions = new LinkedHashMap<>();
    for (AuthorizerDecl decl : decls) {
      String name = decl.spec().name();
      AuthorizerDecl earlier = byName.get(name);
      if (earlier != null) {
        reports.add(Report.error(Message.AUTHORIZER_DUPLICATE, decl.where(), name,
            earlier.origin()));
        continue;
      }
      if (decl.lambda() != null) {
        String function = decl.lambda().functionName();
        AuthorizerDecl same = functions.putIfAbsent(function, decl);
        if (functionNames.contains(function) || same != null) {
          reports.add(Report.error(Message.DUPLICATE_FUNCTION_NAME, decl.where(), function,
              same != null ? same.origin() : "a @Function of the compilation"));
          refused.add(name);
          continue;
        }
      }
      byName.put(name, decl);
    }
    return reports;
  }

  /** The valid declarations, by name, in declaration order. */
  public Map<String, AuthorizerDecl> declared() {
    return byName;
  }

  /**
   * The reports on {@code entry}'s routes; {@code left} is set when the entry must be left out
   * (an error, or a route naming a refused declaration).
   */
  public List<Report> check(Entry entry, boolean[] left) {
    List<Report> reports = new ArrayList<>();
    FunctionModel model = entry.model();
    for (int i = 0; i < model.triggers().size(); i++) {
      TriggerModel trigger = model.triggers().get(i);
      if (!trigger.hasNamedAuthorizer()) {
        continue;
      }
      String attribute = trigger.authorizerDefaulted() ? null : "authorizer";
      AuthorizerDecl decl = byName.get(trigger.authorizer());
      if (decl == null) {
        if (refused.contains(trigger.authorizer())) {
          left[0] = true;
          continue;
        }
        reports.add(Report.error(Message.AUTHORIZER_UNKNOWN, position(entry, i, attribute),
            trigger.authorizer(), trigger.source(), trigger.method(), trigger.path(),
            String.join(", ", byName.keySet()), trigger.authorizer()));
        continue;
      }
      AuthorizerKind kind = decl.spec().kind();
      TriggerSource source = SourceFamilies.of(trigger.source()).triggerSource(trigger.source());
      if (!kind.appliesTo(source)) {
        reports.add(Report.error(Message.AUTHORIZER_SOURCE, position(entry, i, attribute),
            label(kind), trigger.authorizer(), trigger.source(), trigger.method(), trigger.path(),
            instead(kind)));
        continue;
      }
      if (!trigger.scopes().isEmpty() && !kind.acceptsScopes()) {
        reports.add(Report.error(Message.SCOPES_WITHOUT_TOKEN_AUTHORIZER,
            position(entry, i, trigger.authorizerDefaulted() ? null : "scopes"), trigger.scopes(),
            trigger.method(), trigger.path(), "the " + label(kind) + " authorizer \""
                + trigger.authorizer() + "\""));
      }
      for (int p = 0; p < model.parameters().size(); p++) {
        ParameterModel parameter = model.parameters().get(p);
        boolean claim = parameter.binding() == Binding.CLAIM && kind.isLambda();
        boolean context = parameter.binding() == Binding.AUTH_CONTEXT && !kind.isLambda();
        if (claim || context) {
          reports.add(Report.error(Message.CLAIM_WITHOUT_AUTHORIZER, entry.site().parameter(p),
              parameter.binding().annotation() + "(\"" + parameter.boundName() + "\")",
              parameter.name(), claim ? "a JWT or Cognito authorizer (claims come from tokens)"
                  : "a Lambda authorizer (only it returns a context)",
              model.qualifiedMethod(), trigger.source() + " " + trigger.method() + " "
                  + trigger.path() + " has the " + label(kind) + " authorizer \""
                  + trigger.authorizer() + "\""));
        }
      }
    }
    if (!reports.isEmpty()) {
      left[0] = true;
    }
    return reports;
  }

  private static io.lambdaforge.processor.diag.Position position(
      Entry entry, int trigger, String attribute) {
    return attribute == null ? entry.site().trigger(trigger)
        : entry.site().triggerAttribute(trigger, attribute);
  }

  private static String label(AuthorizerKind kind) {
    return switch (kind) {
      case JWT -> "JWT";
      case COGNITO -> "Cognito";
      case LAMBDA_TOKEN -> "Lambda TOKEN";
      case LAMBDA_REQUEST -> "Lambda REQUEST";
    };
  }

  private static String instead(AuthorizerKind kind) {
    return switch (kind) {
      case JWT -> "REST APIs have no JWT authorizer; declare a @CognitoAuthorizer for the user"
          + " pool, or use a @LambdaAuthorizer";
      case COGNITO -> "HTTP APIs take a user pool as a @JwtAuthorizer(issuer ="
          + " \"https://cognito-idp.<region>.amazonaws.com/<pool id>\", audience = \"<app client"
          + " id>\")";
      case LAMBDA_TOKEN -> "HTTP APIs send Lambda authorizers REQUEST payloads (format 2.0);"
          + " write type = LambdaAuthorizer.Type.REQUEST";
      case LAMBDA_REQUEST -> "only API Gateway routes take authorizers";
    };
  }

  /** What the descriptor holds of {@code decls}. */
  public static List<AuthorizerSpec> specs(Map<String, AuthorizerDecl> decls) {
    return decls.values().stream().map(AuthorizerDecl::spec).toList();
  }
}
