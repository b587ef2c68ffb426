package io.lambdaforge.processor.family;

import com.palantir.javapoet.ClassName;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The intent-method rules the conversational families (Lex V2 bots, Alexa skills) share: the
 * function's own method takes only the event and the {@code Context} and returns the response; an
 * {@code @Intent} method is public, returns the response, is static when the function's method is,
 * is not itself a {@code @Function}, and takes any of the event, {@code Context} and
 * {@code @Slot Optional<T>} of a supported {@code T}; one such function per class. Each family
 * passes a {@link Dialect}: its diagnostics, its source, its types and its word for the function.
 */
public final class IntentMethods {
  public static final String INTENT = "io.lambdaforge.annotations.Intent";
  public static final String SLOT = "io.lambdaforge.annotations.Slot";
  public static final String FUNCTION = "io.lambdaforge.annotations.Function";
  static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
  static final Set<String> SLOT_TYPES = Set.of("java.lang.String", "java.time.LocalDate", "java.time.LocalTime",
      "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.math.BigDecimal", "java.lang.Boolean");

  /**
   * What differs between the families.
   *
   * @param shape the diagnostic for a method of the wrong shape
   * @param twoFunctions the diagnostic for a second such function in one class
   * @param source the trigger source that makes a function one of these
   * @param event the event type an intent method may take
   * @param response the response type every method returns
   * @param noun the family's word for the function ({@code bot}, {@code skill})
   * @param ownMethodAnswers what the function's own method answers ({@code the intents}, ...)
   */
  public record Dialect(Message shape, Message twoFunctions, Source source, ClassName event, ClassName response,
      String noun, String ownMethodAnswers) {}

  /** A parameter: the event, the Lambda context, or a slot ({@code slot} bound as an {@code Optional<type>}). */
  public record Argument(Kind kind, String slot, ClassName type) {}

  /** What a parameter binds to. */
  public enum Kind { EVENT, CONTEXT, SLOT }

  private IntentMethods() {}

  /** The function's own method answers what no {@code @Intent} method handles: {@code Response m(Event[, Context])}. */
  public static void checkOwnMethod(Dialect dialect, FunctionModel model, FunctionSite site, List<Report> reports) {
    for (int i = 0; i < model.parameters().size(); i++) {
      ParameterModel parameter = model.parameters().get(i);
      if (parameter.binding() != Binding.CONTEXT && !parameter.type().equals(dialect.event())) {
        reports.add(Report.error(dialect.shape(), site.parameter(i), model.qualifiedMethod(),
            "the " + dialect.noun() + " function's own method answers " + dialect.ownMethodAnswers()
                + " no @Intent method handles, so it takes only the " + dialect.event().simpleName()
                + " and the Context, not " + parameter.type(), model.methodName()));
        return;
      }
    }
    if (!model.returnType().type().equals(dialect.response())) {
      reports.add(Report.error(dialect.shape(), site.methodPosition(), model.qualifiedMethod(),
          "it returns " + model.returnType().type() + ", not " + dialect.response().simpleName(), model.methodName()));
    }
  }

  /** The arguments of one {@code @Intent} method, reporting its shape errors. */
  public static List<Argument> arguments(Dialect dialect, ExecutableElement method, boolean functionIsStatic,
      String qualified, List<Report> reports) {
    Message shape = dialect.shape();
    String response = dialect.response().simpleName();
    String name = method.getSimpleName().toString();
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC)) {
      reports.add(Report.error(shape, Position.of(method), qualified, "it is not public", name));
    } else if (functionIsStatic && !modifiers.contains(Modifier.STATIC)) {
      reports.add(Report.error(shape, Position.of(method), qualified, "it is an instance method but the "
          + dialect.noun() + " function's method is static, so no instance is made; make it static", name));
    } else if (mirror(method, FUNCTION) != null) {
      reports.add(Report.error(shape, Position.of(method), qualified,
          "it is also a @Function, a function of its own; an intent handler runs inside the " + dialect.noun()
              + " function", name));
    } else if (!ClassName.get(method.getReturnType()).equals(dialect.response())) {
      reports.add(Report.error(shape, Position.of(method), qualified,
          "it returns " + method.getReturnType() + ", not " + response, name));
    }
    List<Argument> arguments = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      TypeMirror type = parameter.asType();
      AnnotationMirror slot = mirror(parameter, SLOT);
      String typeName = type.toString();
      if (slot != null) {
        String slotName = string(slot, "value");
        ClassName of = optionalOf(type);
        if (of == null || !SLOT_TYPES.contains(of.canonicalName())) {
          reports.add(Report.error(shape, Position.of(parameter, slot), qualified,
              "slot parameter " + parameter.getSimpleName() + " is a " + typeName + ", not an Optional of a slot type", name));
        } else if (slotName.isBlank()) {
          reports.add(Report.error(shape, Position.of(parameter, slot), qualified,
              "@Slot on " + parameter.getSimpleName() + " names no slot", name));
        } else {
          arguments.add(new Argument(Kind.SLOT, slotName, of));
        }
      } else if (typeName.equals(dialect.event().canonicalName())) {
        arguments.add(new Argument(Kind.EVENT, "", dialect.event()));
      } else if (typeName.equals(CONTEXT)) {
        arguments.add(new Argument(Kind.CONTEXT, "", null));
      } else {
        reports.add(Report.error(shape, Position.of(parameter), qualified,
            "parameter " + parameter.getSimpleName() + " is a " + typeName + " without @Slot; take the "
                + dialect.event().simpleName() + ", the Context or @Slot Optional<...> slots", name));
      }
    }
    return arguments;
  }

  /** A second function of the dialect's source in one class is an error on the later one. */
  public static void checkOnePerClass(Dialect dialect, ExecutableElement function, TypeElement type,
      List<Report> reports) {
    for (Element member : type.getEnclosedElements()) {
      if (member.equals(function)) {
        return;
      }
      AnnotationMirror other = member.getKind() == ElementKind.METHOD ? mirror(member, FUNCTION) : null;
      if (other != null && hasTrigger(other, dialect.source())) {
        reports.add(Report.error(dialect.twoFunctions(), Position.of(function),
            type.getQualifiedName() + "#" + function.getSimpleName(),
            type.getQualifiedName(), type.getQualifiedName() + "#" + member.getSimpleName()));
        return;
      }
    }
  }

  private static boolean hasTrigger(AnnotationMirror function, Source source) {
    AnnotationValue triggers = explicit(function, "triggers");
    if (triggers == null) {
      return false;
    }
    Object value = triggers.getValue();
    List<?> list = value instanceof List<?> l ? l : List.of(triggers);
    for (Object item : list) {
      if (item instanceof AnnotationValue v && v.getValue() instanceof AnnotationMirror trigger
          && source.name().equals(enumName(trigger, "source", ""))) {
        return true;
      }
    }
    return false;
  }

  private static ClassName optionalOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    if (!declared.asElement().toString().equals("java.util.Optional") || declared.getTypeArguments().size() != 1) {
      return null;
    }
    TypeMirror argument = declared.getTypeArguments().get(0);
    return argument.getKind() == TypeKind.DECLARED ? ClassName.get((TypeElement) ((DeclaredType) argument).asElement()) : null;
  }

  /** The annotation of type {@code annotation} on {@code element}, or null. */
  public static AnnotationMirror mirror(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
        return mirror;
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

  /** The string element {@code name} as written, or {@code ""}. */
  public static String string(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    return value != null && value.getValue() instanceof String s ? s : "";
  }

  /** The enum element {@code name}'s constant as written, or {@code fallback}. */
  public static String enumName(AnnotationMirror mirror, String name, String fallback) {
    AnnotationValue value = explicit(mirror, name);
    return value != null && value.getValue() instanceof VariableElement v ? v.getSimpleName().toString() : fallback;
  }

  /** The position of element {@code name} in {@code mirror}, or of the annotation when it is not written. */
  public static Position position(Element element, AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    return value == null ? Position.of(element, mirror) : new Position(element, mirror, value);
  }
}
