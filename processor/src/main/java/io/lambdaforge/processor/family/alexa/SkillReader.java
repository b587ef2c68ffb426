package io.lambdaforge.processor.family.alexa;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Reads and checks a skill function's declaration: the class's {@code @AlexaSkill} (a skill ID of
 * the form {@code amzn1.ask.skill.<id>} or the legacy {@code amzn1.echo-sdk-ams.app.<id>}) and its
 * {@code @Intent} methods in declaration order. Shape rules: public, returns {@code AlexaResponse},
 * takes any of {@code AlexaRequest}, {@code Context} and {@code @Slot Optional<T>}; static when the
 * skill method is; not itself a {@code @Function}; {@code hook} left {@code ANY}. One method per
 * intent; one skill per class.
 */
final class SkillReader {
  static final String SKILL = "io.lambdaforge.annotations.AlexaSkill";
  static final String INTENT = "io.lambdaforge.annotations.Intent";
  static final String SLOT = "io.lambdaforge.annotations.Slot";
  static final String FUNCTION = "io.lambdaforge.annotations.Function";
  static final ClassName REQUEST = ClassName.get("io.lambdaforge.events.alexa", "AlexaRequest");
  static final ClassName RESPONSE = ClassName.get("io.lambdaforge.events.alexa", "AlexaResponse");
  static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
  static final Set<String> SLOT_TYPES = Set.of("java.lang.String", "java.time.LocalDate", "java.time.LocalTime",
      "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.math.BigDecimal", "java.lang.Boolean");
  static final List<String> ID_PREFIXES = List.of("amzn1.ask.skill.", "amzn1.echo-sdk-ams.app.");

  private SkillReader() {}

  /** The skill ID of {@code site}'s class, or {@code ""} (with a report) when it has none or a malformed one. */
  static String skillId(FunctionModel model, FunctionSite site, List<Report> reports) {
    TypeElement type = (TypeElement) site.method().getEnclosingElement();
    AnnotationMirror skill = mirror(type, SKILL);
    String where = type.getQualifiedName().toString();
    if (skill == null) {
      reports.add(Report.error(Message.ALEXA_SKILL_ID, site.methodPosition(), model.qualifiedMethod(),
          "class " + where + " has no @AlexaSkill", where));
      return "";
    }
    String id = string(skill, "skillId").strip();
    if (ID_PREFIXES.stream().noneMatch(p -> id.startsWith(p) && id.length() > p.length())) {
      reports.add(Report.error(Message.ALEXA_SKILL_ID, position(type, skill, "skillId"), model.qualifiedMethod(),
          id.isEmpty() ? "@AlexaSkill names no skill ID" : "\"" + id + "\" is not an Alexa skill ID", where));
      return "";
    }
    return id;
  }

  /** The intent handlers of {@code site}'s class, reporting every rule they break. */
  static List<SkillHandler> read(FunctionModel model, FunctionSite site, List<Report> reports) {
    checkSkillMethod(model, site, reports);
    TypeElement type = (TypeElement) site.method().getEnclosingElement();
    checkOneSkill(site.method(), type, reports);
    List<SkillHandler> handlers = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      AnnotationMirror intent = mirror(method, INTENT);
      if (intent == null) {
        continue;
      }
      String name = string(intent, "value");
      String qualified = type.getQualifiedName() + "#" + method.getSimpleName();
      String simple = method.getSimpleName().toString();
      int before = reports.size();
      if (name.isBlank()) {
        reports.add(Report.error(Message.ALEXA_SHAPE, position(method, intent, "value"), qualified,
            "@Intent names no intent (write the intent's name from the interaction model)", simple));
      }
      if (!enumName(intent, "hook", "ANY").equals("ANY")) {
        reports.add(Report.error(Message.ALEXA_SHAPE, position(method, intent, "hook"), qualified,
            "an Alexa intent has no code hooks, so hook is left ANY", simple));
      }
      List<SkillHandler.Argument> arguments = arguments(method, model.isStatic(), qualified, reports);
      if (reports.size() > before) {
        continue;
      }
      String earlier = seen.putIfAbsent(name, qualified);
      if (earlier != null) {
        reports.add(Report.error(Message.ALEXA_DUPLICATE_INTENT, Position.of(method, intent), name, earlier));
        continue;
      }
      handlers.add(new SkillHandler(name, simple, method.getModifiers().contains(Modifier.STATIC), arguments));
    }
    return handlers;
  }

  /** The skill's own method answers launch and the other intents: {@code AlexaResponse m(AlexaRequest[, Context])}. */
  private static void checkSkillMethod(FunctionModel model, FunctionSite site, List<Report> reports) {
    for (int i = 0; i < model.parameters().size(); i++) {
      ParameterModel parameter = model.parameters().get(i);
      if (parameter.binding() != Binding.CONTEXT && !parameter.type().equals(REQUEST)) {
        reports.add(Report.error(Message.ALEXA_SHAPE, site.parameter(i), model.qualifiedMethod(),
            "the skill function's own method answers the launch and the intents no @Intent method handles, so it takes"
                + " only the AlexaRequest and the Context, not " + parameter.type(), model.methodName()));
        return;
      }
    }
    if (!model.returnType().type().equals(RESPONSE)) {
      reports.add(Report.error(Message.ALEXA_SHAPE, site.methodPosition(), model.qualifiedMethod(),
          "it returns " + model.returnType().type() + ", not AlexaResponse", model.methodName()));
    }
  }

  private static List<SkillHandler.Argument> arguments(
      ExecutableElement method, boolean skillIsStatic, String qualified, List<Report> reports) {
    String name = method.getSimpleName().toString();
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC)) {
      reports.add(Report.error(Message.ALEXA_SHAPE, Position.of(method), qualified, "it is not public", name));
    } else if (skillIsStatic && !modifiers.contains(Modifier.STATIC)) {
      reports.add(Report.error(Message.ALEXA_SHAPE, Position.of(method), qualified,
          "it is an instance method but the skill function's method is static, so no instance is made; make it static", name));
    } else if (mirror(method, FUNCTION) != null) {
      reports.add(Report.error(Message.ALEXA_SHAPE, Position.of(method), qualified,
          "it is also a @Function, a function of its own; an intent handler runs inside the skill function", name));
    } else if (!ClassName.get(method.getReturnType()).equals(RESPONSE)) {
      reports.add(Report.error(Message.ALEXA_SHAPE, Position.of(method), qualified,
          "it returns " + method.getReturnType() + ", not AlexaResponse", name));
    }
    List<SkillHandler.Argument> arguments = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      TypeMirror type = parameter.asType();
      AnnotationMirror slot = mirror(parameter, SLOT);
      String typeName = type.toString();
      if (slot != null) {
        String slotName = string(slot, "value");
        ClassName of = optionalOf(type);
        if (of == null || !SLOT_TYPES.contains(of.canonicalName())) {
          reports.add(Report.error(Message.ALEXA_SHAPE, Position.of(parameter, slot), qualified,
              "slot parameter " + parameter.getSimpleName() + " is a " + typeName + ", not an Optional of a slot type", name));
        } else if (slotName.isBlank()) {
          reports.add(Report.error(Message.ALEXA_SHAPE, Position.of(parameter, slot), qualified,
              "@Slot on " + parameter.getSimpleName() + " names no slot", name));
        } else {
          arguments.add(new SkillHandler.Argument(SkillHandler.Kind.SLOT, slotName, of));
        }
      } else if (typeName.equals(REQUEST.canonicalName())) {
        arguments.add(new SkillHandler.Argument(SkillHandler.Kind.REQUEST, "", REQUEST));
      } else if (typeName.equals(CONTEXT)) {
        arguments.add(new SkillHandler.Argument(SkillHandler.Kind.CONTEXT, "", null));
      } else {
        reports.add(Report.error(Message.ALEXA_SHAPE, Position.of(parameter), qualified,
            "parameter " + parameter.getSimpleName() + " is a " + typeName
                + " without @Slot; take the AlexaRequest, the Context or @Slot Optional<...> slots", name));
      }
    }
    return arguments;
  }

  /** A second {@code ALEXA_SKILL} function in one class is an error on the later one. */
  private static void checkOneSkill(ExecutableElement skill, TypeElement type, List<Report> reports) {
    for (Element member : type.getEnclosedElements()) {
      if (member.equals(skill)) {
        return;
      }
      AnnotationMirror function = member.getKind() == ElementKind.METHOD ? mirror(member, FUNCTION) : null;
      if (function != null && hasSkillTrigger(function)) {
        reports.add(Report.error(Message.ALEXA_TWO_SKILLS, Position.of(skill), type.getQualifiedName() + "#" + skill.getSimpleName(),
            type.getQualifiedName(), type.getQualifiedName() + "#" + member.getSimpleName()));
        return;
      }
    }
  }

  private static boolean hasSkillTrigger(AnnotationMirror function) {
    AnnotationValue triggers = explicit(function, "triggers");
    if (triggers == null) {
      return false;
    }
    Object value = triggers.getValue();
    List<?> list = value instanceof List<?> l ? l : List.of(triggers);
    for (Object item : list) {
      if (item instanceof AnnotationValue v && v.getValue() instanceof AnnotationMirror trigger
          && Source.ALEXA_SKILL.name().equals(enumName(trigger, "source", ""))) {
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

  static AnnotationMirror mirror(Element element, String annotation) {
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

  private static String string(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    return value != null && value.getValue() instanceof String s ? s : "";
  }

  private static String enumName(AnnotationMirror mirror, String name, String fallback) {
    AnnotationValue value = explicit(mirror, name);
    return value != null && value.getValue() instanceof VariableElement v ? v.getSimpleName().toString() : fallback;
  }

  private static Position position(Element element, AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    return value == null ? Position.of(element, mirror) : new Position(element, mirror, value);
  }
}
