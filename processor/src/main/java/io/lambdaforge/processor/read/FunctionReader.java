package io.lambdaforge.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.lambdaforge.annotations.Architecture;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.DeclaredError;
import io.lambdaforge.processor.model.CorsModel;
import io.lambdaforge.processor.model.EnvVar;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.FunctionUrlModel;
import io.lambdaforge.processor.model.Names;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.TrafficModel;
import io.lambdaforge.processor.model.TriggerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads one {@code @Function} method into a {@link FunctionModel}; the only mirror reader. */
public final class FunctionReader {
  /** The annotation this reader reads. */
  public static final String FUNCTION = "io.lambdaforge.annotations.Function";
  private static final String FUNCTION_URL = "io.lambdaforge.annotations.FunctionUrl";
  private static final String ERROR_NAME = "io.lambdaforge.annotations.ErrorName";

  private static final String DEFAULT_AUTHORIZER = "io.lambdaforge.annotations.DefaultAuthorizer";
  private static final String CORS = "io.lambdaforge.annotations.Cors";

  private static final Map<String, Binding> BINDINGS =
      Map.of(
          "io.lambdaforge.annotations.PathParam", Binding.PATH,
          "io.lambdaforge.annotations.QueryParam", Binding.QUERY,
          "io.lambdaforge.annotations.HeaderParam", Binding.HEADER,
          "io.lambdaforge.annotations.CookieParam", Binding.COOKIE,
          "io.lambdaforge.annotations.Body", Binding.BODY,
          "io.lambdaforge.annotations.Claim", Binding.CLAIM,
          "io.lambdaforge.annotations.AuthContext", Binding.AUTH_CONTEXT);

  private final Elements elements;
  private final Types types;
  private final TypeClassifier classifier;
  private final boolean snapStartForAll;
  /** RuntimeException, Error and IOException: looked up once per reader, not per method. */
  private List<TypeMirror> uncheckedOrIo;

  public FunctionReader(Elements elements, Types types) {
    this(elements, types, false);
  }

  /**
   * A reader for a compilation where {@code snapStartForAll} ({@code -Alambdaforge.snapStart=true})
   * turns SnapStart on for every function.
   */
  public FunctionReader(Elements elements, Types types, boolean snapStartForAll) {
    this.snapStartForAll = snapStartForAll;
    this.elements = elements;
    this.types = types;
    this.classifier = new TypeClassifier(elements);
  }

  /** Reads {@code method}, which carries {@code @Function}. */
  public ReadResult read(ExecutableElement method) {
    String unresolved = unresolvedType(method);
    if (unresolved != null) {
      return new ReadResult(null, null, List.of(), unresolved);
    }
    Element enclosing = method.getEnclosingElement();
    if (!(enclosing instanceof TypeElement)
        || ((TypeElement) enclosing).getNestingKind() == NestingKind.LOCAL
        || ((TypeElement) enclosing).getNestingKind() == NestingKind.ANONYMOUS) {
      return new ReadResult(
          null,
          null,
          List.of(Report.error(Message.LOCAL_CLASS, Position.of(method), method.getSimpleName())),
          null);
    }
    TypeElement type = (TypeElement) enclosing;
    AnnotationMirror functionMirror = find(method, FUNCTION);
    Attributes function = new Attributes(elements, functionMirror);
    List<Report> reports = new ArrayList<>();

    List<FunctionSite.Nested> triggerSites = new ArrayList<>();
    List<TriggerModel> triggers = new ArrayList<>();
    Attributes defaultAuthorizer = defaultAuthorizer(type);
    for (AnnotationValue value : function.array("triggers")) {
      Attributes trigger = new Attributes(elements, (AnnotationMirror) value.getValue());
      triggerSites.add(new FunctionSite.Nested(value, trigger.explicit()));
      Source source = Source.valueOf(
          trigger.enumName("source", SourceFamilies.UNREADABLE_SOURCE.name()));
      String authorizer = trigger.string("authorizer");
      List<String> scopes = strings(trigger.array("scopes"));
      boolean defaulted = authorizer.isEmpty() && defaultAuthorizer != null
          && SourceFamilies.of(source).takesAuthorizer(source);
      if (defaulted) {
        authorizer = defaultAuthorizer.string("name");
        scopes = scopes.isEmpty() ? strings(defaultAuthorizer.array("scopes")) : scopes;
      }
      if (authorizer.equals(TriggerModel.NO_AUTHORIZER)) {
        authorizer = "";
      }
      triggers.add(
          new TriggerModel(
              source,
              trigger.string("method"),
              trigger.string("path"),
              trigger.intValue("priority", 0),
              trigger.booleanValue("multiValueHeaders"),
              authorizer,
              scopes,
              defaulted));
    }

    List<FunctionSite.Nested> envSites = new ArrayList<>();
    List<EnvVar> environment = new ArrayList<>();
    for (AnnotationValue value : function.array("environment")) {
      Attributes env = new Attributes(elements, (AnnotationMirror) value.getValue());
      envSites.add(new FunctionSite.Nested(value, env.explicit()));
      environment.add(new EnvVar(env.string("name"), env.string("value")));
    }

    AnnotationValue trafficValue = function.explicit().get("traffic");
    AnnotationMirror trafficMirror = function.annotation("traffic");
    TrafficModel traffic = new TrafficModel(0, 0, 1024, 1024);
    FunctionSite.Nested trafficSite = null;
    if (trafficMirror != null) {
      Attributes t = new Attributes(elements, trafficMirror);
      traffic =
          new TrafficModel(
              t.longValue("invocationsPerMonth", 0),
              t.longValue("averageDurationMs", 0),
              t.longValue("averageRequestBytes", 1024),
              t.longValue("averageResponseBytes", 1024));
      if (trafficValue != null) {
        trafficSite = new FunctionSite.Nested(trafficValue, t.explicit());
      }
    }

    List<VariableElement> parameterElements = new ArrayList<>(method.getParameters());
    List<AnnotationMirror> parameterBindings = new ArrayList<>();
    List<ParameterModel> parameters = new ArrayList<>();
    for (VariableElement parameter : parameterElements) {
      parameters.add(readParameter(parameter, parameterBindings, reports));
    }

    AnnotationMirror functionUrl = find(method, FUNCTION_URL);
    Element corsElement = find(method, CORS) != null ? method : type;
    AnnotationMirror cors = find(corsElement, CORS);
    ClassName enclosingName = ClassName.get(type);
    String methodName = method.getSimpleName().toString();
    String name = function.string("name");
    ClassName adapter = Names.adapter(enclosingName, methodName);
    FunctionModel model =
        new FunctionModel(
            name.isEmpty() ? Names.defaultFunctionName(methodName) : name,
            enclosingName,
            methodName,
            method.getModifiers().contains(Modifier.STATIC),
            parameters,
            classifier.returnModel(method.getReturnType()),
            checkedExceptions(method),
            function.intValue("memory", 512),
            function.intValue("timeout", 10),
            Architecture.valueOf(
                function.enumName("architecture", Architecture.X86_64.name())),
            function.intValue("ephemeralStorage", 512),
            function.string("description"),
            environment,
            traffic,
            function.doubleValue("monthlyBudgetUsd", 0),
            function.intValue("provisionedConcurrency", 0),
            triggers,
            suppressions(method),
            adapter,
            Names.handler(adapter),
            functionUrl == null
                ? null
                : new FunctionUrlModel(
                    new Attributes(elements, functionUrl).enumName("auth", FunctionUrlModel.DEFAULT.auth()),
                    new Attributes(elements, functionUrl).booleanValue("behindCloudFront")),
            snapStartForAll || function.booleanValue("snapStart"),
            declaredErrors(method),
            cors == null ? null : readCors(new Attributes(elements, cors)));
    FunctionSite site =
        new FunctionSite(
            method,
            functionMirror,
            function.explicit(),
            triggerSites,
            envSites,
            trafficSite,
            parameterElements,
            parameterBindings,
            functionUrl,
            corsElement,
            cors);
    return new ReadResult(model, site, reports, null);
  }

  private static CorsModel readCors(Attributes cors) {
    return new CorsModel(
        strings(cors.array("allowOrigins")),
        strings(cors.array("allowMethods")),
        strings(cors.array("allowHeaders")),
        strings(cors.array("exposeHeaders")),
        cors.intValue("maxAgeSeconds", 0),
        cors.booleanValue("allowCredentials"));
  }

  private static List<String> strings(List<? extends AnnotationValue> values) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue value : values) {
      out.add(String.valueOf(value.getValue()));
    }
    return out;
  }

  private ParameterModel readParameter(
      VariableElement parameter, List<AnnotationMirror> bindings, List<Report> reports) {
    TypeMirror type = parameter.asType();
    String name = parameter.getSimpleName().toString();
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
      if (BINDINGS.containsKey(qualifiedName(mirror))) {
        found.add(mirror);
      }
    }
    if (found.size() > 1) {
      List<String> names = new ArrayList<>();
      for (AnnotationMirror mirror : found) {
        names.add("@" + mirror.getAnnotationType().asElement().getSimpleName());
      }
      reports.add(
          Report.error(
              Message.MULTIPLE_BINDINGS,
              Position.of(parameter, found.get(1)),
              name,
              String.join(" and ", names)));
    }
    if (!found.isEmpty()) {
      AnnotationMirror mirror = found.get(0);
      bindings.add(mirror);
      Binding binding = BINDINGS.get(qualifiedName(mirror));
      String bound = binding == Binding.BODY ? "" : new Attributes(elements, mirror).string("value");
      return new ParameterModel(name, TypeName.get(type), binding, bound, classifier.shape(type));
    }
    bindings.add(null);
    String typeName = TypeClassifier.qualifiedName(type);
    Binding binding =
        typeName.equals(TypeClassifier.CONTEXT)
            ? Binding.CONTEXT
            : typeName.equals(TypeClassifier.REQUEST_VIEW)
                ? Binding.REQUEST_VIEW
                : typeName.equals(TypeClassifier.AUTH) ? Binding.AUTH : Binding.PAYLOAD;
    return new ParameterModel(name, TypeName.get(type), binding, "", classifier.shape(type));
  }

  /**
   * The {@code @DefaultAuthorizer} that applies to methods of {@code type}: the innermost enclosing
   * class's, else its package's; null when none.
   */
  private Attributes defaultAuthorizer(TypeElement type) {
    for (Element e = type; e != null; e = e.getEnclosingElement()) {
      AnnotationMirror mirror = find(e, DEFAULT_AUTHORIZER);
      if (mirror != null) {
        return new Attributes(elements, mirror);
      }
      if (e instanceof javax.lang.model.element.PackageElement) {
        break;
      }
    }
    return null;
  }

  /**
   * Every type of the {@code throws} clause with its error name ({@code @ErrorName}, else the
   * simple name), in declaration order except that a subtype comes before its supertypes.
   */
  private List<DeclaredError> declaredErrors(ExecutableElement method) {
    List<TypeMirror> ordered = new ArrayList<>();
    for (TypeMirror thrown : method.getThrownTypes()) {
      int at = ordered.size();
      for (int i = 0; i < ordered.size(); i++) {
        if (types.isSubtype(thrown, ordered.get(i))) {
          at = i;
          break;
        }
      }
      ordered.add(at, thrown);
    }
    List<DeclaredError> errors = new ArrayList<>();
    for (TypeMirror thrown : ordered) {
      Element element = types.asElement(thrown);
      if (!(element instanceof TypeElement type)) {
        continue; // a type variable: no class to name
      }
      AnnotationMirror errorName = find(type, ERROR_NAME);
      String name = errorName == null ? null : new Attributes(elements, errorName).string("value");
      errors.add(new DeclaredError(TypeName.get(types.erasure(thrown)),
          elements.getBinaryName(type).toString(),
          name == null ? type.getSimpleName().toString() : name,
          errorName != null));
    }
    return errors;
  }

  /** Thrown types that are checked and not IOExceptions, in declaration order. */
  private List<TypeName> checkedExceptions(ExecutableElement method) {
    List<? extends TypeMirror> thrownTypes = method.getThrownTypes();
    if (thrownTypes.isEmpty()) {
      return List.of();
    }
    if (uncheckedOrIo == null) {
      uncheckedOrIo =
          List.of(
              elements.getTypeElement("java.lang.RuntimeException").asType(),
              elements.getTypeElement("java.lang.Error").asType(),
              elements.getTypeElement("java.io.IOException").asType());
    }
    List<TypeName> checked = new ArrayList<>();
    for (TypeMirror thrown : thrownTypes) {
      if (uncheckedOrIo.stream().noneMatch(t -> types.isSubtype(thrown, t))) {
        checked.add(TypeName.get(thrown));
      }
    }
    return checked;
  }

  /** {@code @SuppressWarnings} keys on the method and its enclosing classes, sorted. */
  private List<String> suppressions(ExecutableElement method) {
    TreeSet<String> keys = new TreeSet<>();
    for (Element e = method; e instanceof ExecutableElement || e instanceof TypeElement;
        e = e.getEnclosingElement()) {
      AnnotationMirror mirror = find(e, "java.lang.SuppressWarnings");
      if (mirror != null) {
        for (AnnotationValue value : new Attributes(elements, mirror).array("value")) {
          if (value.getValue() instanceof String) {
            keys.add((String) value.getValue());
          }
        }
      }
    }
    return new ArrayList<>(keys);
  }

  private static String unresolvedType(ExecutableElement method) {
    String found = TypeClassifier.unresolved(method.getReturnType());
    for (VariableElement parameter : method.getParameters()) {
      if (found == null) {
        found = TypeClassifier.unresolved(parameter.asType());
      }
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (found == null) {
        found = TypeClassifier.unresolved(thrown);
      }
    }
    return found;
  }

  private static AnnotationMirror find(Element element, String qualifiedName) {
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
}
