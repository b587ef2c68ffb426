package io.lambdaforge.processor.auth;

import com.palantir.javapoet.ClassName;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads authorizer declarations into {@link AuthorizerDecl}s, reporting the ones the deployment
 * model refuses ({@code LF_AUTHORIZER_DECLARATION}, {@code LF_AUTHORIZER_TTL}) and Lambda
 * authorizer methods of the wrong shape ({@code LF_LAMBDA_AUTHORIZER_SHAPE}).
 */
public final class AuthorizerReader {
  public static final String JWT = "io.lambdaforge.annotations.JwtAuthorizer";
  public static final String JWT_LIST = "io.lambdaforge.annotations.JwtAuthorizer.List";
  public static final String COGNITO = "io.lambdaforge.annotations.CognitoAuthorizer";
  public static final String COGNITO_LIST = "io.lambdaforge.annotations.CognitoAuthorizer.List";
  public static final String LAMBDA = "io.lambdaforge.annotations.LambdaAuthorizer";

  static final String DECISION = "io.lambdaforge.events.auth.AuthDecision";
  private static final String REQUEST = "io.lambdaforge.runtime.http.HttpRequest";
  private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";

  private final Elements elements;

  public AuthorizerReader(Elements elements) {
    this.elements = elements;
  }

  /** The JWT and Cognito authorizers declared on a type or package. */
  public List<AuthorizerDecl> declared(Element element, List<Report> reports) {
    List<AuthorizerDecl> out = new ArrayList<>();
    String origin = element instanceof PackageElement p ? p.getQualifiedName() + " (package-info)"
        : ((TypeElement) element).getQualifiedName().toString();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (name.equals(JWT) || name.equals(COGNITO)) {
        read(element, mirror, origin, reports).ifPresent(out::add);
      } else if (name.equals(JWT_LIST) || name.equals(COGNITO_LIST)) {
        for (AnnotationValue value : list(mirror, "value")) {
          read(element, (AnnotationMirror) value.getValue(), origin, reports).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private java.util.Optional<AuthorizerDecl> read(
      Element element, AnnotationMirror mirror, String origin, List<Report> reports) {
    boolean jwt = qualifiedName(mirror).equals(JWT);
    String name = string(mirror, "name");
    Position where = Position.of(element, mirror);
    try {
      AuthorizerSpec spec = jwt
          ? AuthorizerSpec.jwt(name, string(mirror, "issuer"), strings(mirror, "audience"),
              string(mirror, "identitySource"))
          : AuthorizerSpec.cognito(name, string(mirror, "userPoolArn"),
              string(mirror, "identitySource"));
      return java.util.Optional.of(new AuthorizerDecl(spec, where, origin, null));
    } catch (IllegalArgumentException e) {
      reports.add(Report.error(Message.AUTHORIZER_DECLARATION, where,
          jwt ? "@JwtAuthorizer" : "@CognitoAuthorizer", name, e.getMessage()));
      return java.util.Optional.empty();
    }
  }

  /** A {@code @LambdaAuthorizer} method, or empty with the reasons reported. */
  public java.util.Optional<AuthorizerDecl> lambda(ExecutableElement method, List<Report> reports) {
    AnnotationMirror mirror = find(method, LAMBDA);
    Position where = Position.of(method, mirror);
    TypeElement type = (TypeElement) method.getEnclosingElement();
    String qualified = type.getQualifiedName() + "#" + method.getSimpleName();
    boolean token = "TOKEN".equals(enumName(mirror, "type"));
    int before = reports.size();
    List<LambdaAuthorizerModel.Parameter> parameters = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      problems.add("it is not public");
    }
    if (!DECISION.equals(typeName(method.getReturnType()))) {
      problems.add("it returns " + method.getReturnType() + ", not AuthDecision");
    }
    if (!method.getModifiers().contains(Modifier.STATIC)
        && (type.getModifiers().contains(Modifier.ABSTRACT) || type.getKind().isInterface())) {
      problems.add("it is an instance method of an abstract class or interface");
    }
    for (VariableElement parameter : method.getParameters()) {
      String typeName = typeName(parameter.asType());
      if (typeName.equals("java.lang.String")
          && !parameters.contains(LambdaAuthorizerModel.Parameter.IDENTITY)) {
        parameters.add(LambdaAuthorizerModel.Parameter.IDENTITY);
      } else if (typeName.equals(REQUEST) && !token
          && !parameters.contains(LambdaAuthorizerModel.Parameter.REQUEST)) {
        parameters.add(LambdaAuthorizerModel.Parameter.REQUEST);
      } else if (typeName.equals(CONTEXT)
          && !parameters.contains(LambdaAuthorizerModel.Parameter.CONTEXT)) {
        parameters.add(LambdaAuthorizerModel.Parameter.CONTEXT);
      } else {
        problems.add("parameter " + parameter.getSimpleName() + " of type " + parameter.asType()
            + (typeName.equals(REQUEST) && token
                ? " has no value for a TOKEN authorizer (API Gateway sends only the token)"
                : " is not one of String, HttpRequest, Context (each at most once)"));
      }
    }
    if (!problems.isEmpty()) {
      reports.add(Report.error(Message.LAMBDA_AUTHORIZER_SHAPE, Position.of(method), qualified,
          String.join("; ", problems)));
    }
    int ttl = intValue(mirror, "resultTtlSeconds");
    if (ttl < 0 || ttl > AuthorizerSpec.MAX_RESULT_TTL_SECONDS) {
      reports.add(Report.error(Message.AUTHORIZER_TTL, new Position(method, mirror,
          explicit(mirror, "resultTtlSeconds")), ttl,
          ttl < 0 ? 0 : AuthorizerSpec.MAX_RESULT_TTL_SECONDS));
    }
    int cacheHit = intValue(mirror, "cacheHitPercent");
    if (cacheHit < -1 || cacheHit > 100 || longValue(mirror, "averageDurationMs") < 1) {
      reports.add(Report.error(Message.AUTHORIZER_DECLARATION, where, "@LambdaAuthorizer",
          string(mirror, "name"), "cacheHitPercent must be 0..100 (or -1 for the assumption) and"
              + " averageDurationMs at least 1, got " + cacheHit + " and "
              + longValue(mirror, "averageDurationMs")));
    }
    cacheHit = cacheHit >= 0 ? cacheHit
        : ttl > 0 ? LambdaAuthorizerModel.ASSUMED_CACHE_HIT_PERCENT : 0;
    String name = string(mirror, "name");
    String functionName = string(mirror, "functionName");
    functionName = functionName.isEmpty()
        ? Names.defaultFunctionName(method.getSimpleName().toString()) : functionName;
    AuthorizerSpec spec = null;
    if (reports.size() == before) {
      try {
        spec = AuthorizerSpec.lambda(name,
            token ? AuthorizerKind.LAMBDA_TOKEN : AuthorizerKind.LAMBDA_REQUEST,
            string(mirror, "identitySource"), functionName, ttl);
      } catch (IllegalArgumentException e) {
        reports.add(Report.error(Message.AUTHORIZER_DECLARATION, where, "@LambdaAuthorizer", name,
            e.getMessage()));
      }
    }
    if (spec == null) {
      return java.util.Optional.empty();
    }
    ClassName enclosing = ClassName.get(type);
    LambdaAuthorizerModel model = new LambdaAuthorizerModel(name, token, spec.identitySource(),
        ttl, functionName, intValue(mirror, "memory"), intValue(mirror, "timeout"), enclosing,
        method.getSimpleName().toString(), method.getModifiers().contains(Modifier.STATIC),
        parameters, Names.adapter(enclosing, method.getSimpleName().toString()),
        longValue(mirror, "averageDurationMs"), cacheHit);
    return java.util.Optional.of(new AuthorizerDecl(spec, where, qualified, model));
  }

  private Map<? extends ExecutableElement, ? extends AnnotationValue> values(AnnotationMirror m) {
    return elements.getElementValuesWithDefaults(m);
  }

  private Object raw(AnnotationMirror mirror, String name) {
    for (var e : values(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  private static AnnotationValue explicit(AnnotationMirror mirror, String name) {
    for (var e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private String string(AnnotationMirror mirror, String name) {
    return raw(mirror, name) instanceof String s ? s : "";
  }

  private int intValue(AnnotationMirror mirror, String name) {
    return raw(mirror, name) instanceof Number n ? n.intValue() : 0;
  }

  private long longValue(AnnotationMirror mirror, String name) {
    return raw(mirror, name) instanceof Number n ? n.longValue() : 0;
  }

  private String enumName(AnnotationMirror mirror, String name) {
    return raw(mirror, name) instanceof VariableElement v ? v.getSimpleName().toString() : "";
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> list(AnnotationMirror mirror, String name) {
    return raw(mirror, name) instanceof List<?> l ? (List<? extends AnnotationValue>) l : List.of();
  }

  private List<String> strings(AnnotationMirror mirror, String name) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue value : list(mirror, name)) {
      if (value.getValue() instanceof String s) {
        out.add(s);
      }
    }
    return out;
  }

  static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static String typeName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    return ((TypeElement) ((javax.lang.model.type.DeclaredType) type).asElement())
        .getQualifiedName().toString();
  }
}
