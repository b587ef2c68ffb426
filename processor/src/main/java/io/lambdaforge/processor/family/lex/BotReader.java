package io.lambdaforge.processor.family.lex;

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
 * Reads and checks a bot function's intent handlers: the {@code @Intent} methods of the class that
 * declares the {@code @Function} method with the {@code LEX_V2} trigger, in declaration order.
 * Shape rules: public, returns {@code LexResponse}, takes any of {@code LexEvent}, {@code Context}
 * and {@code @Slot Optional<T>} of a supported {@code T}; static when the bot method is static; not
 * itself a {@code @Function}. Each intent and code hook has one method; one bot per class.
 */
final class BotReader {
  static final String INTENT = "io.lambdaforge.annotations.Intent";
  static final String SLOT = "io.lambdaforge.annotations.Slot";
  static final String FUNCTION = "io.lambdaforge.annotations.Function";
  static final ClassName EVENT = ClassName.get("io.lambdaforge.events.lex", "LexEvent");
  static final ClassName RESPONSE = ClassName.get("io.lambdaforge.events.lex", "LexResponse");
  static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
  static final Set<String> SLOT_TYPES = Set.of("java.lang.String", "java.time.LocalDate", "java.time.LocalTime",
      "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.math.BigDecimal", "java.lang.Boolean");

  private BotReader() {}

  /** The intent handlers of {@code site}'s class, reporting every rule they break. */
  static List<IntentHandler> read(FunctionModel model, FunctionSite site, List<Report> reports) {
    checkBotMethod(model, site, reports);
    TypeElement type = (TypeElement) site.method().getEnclosingElement();
    checkOneBot(site.method(), type, reports);
    List<IntentHandler> handlers = new ArrayList<>();
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
      String hook = enumName(intent, "hook", "ANY");
      String qualified = type.getQualifiedName() + "#" + method.getSimpleName();
      int before = reports.size();
      if (name.isBlank()) {
        reports.add(Report.error(Message.LEX_INTENT_NAME, position(method, intent, "value"), qualified));
      }
      List<IntentHandler.Argument> arguments = arguments(method, model.isStatic(), qualified, reports);
      if (reports.size() > before) {
        continue;
      }
      String earlier = seen.putIfAbsent(name + "\u0000" + hook, qualified);
      if (earlier != null) {
        reports.add(Report.error(Message.LEX_DUPLICATE_INTENT, Position.of(method, intent), name, hook, earlier));
        continue;
      }
      handlers.add(new IntentHandler(name, hook, method.getSimpleName().toString(),
          method.getModifiers().contains(Modifier.STATIC), arguments));
    }
    return handlers;
  }

  /** The bot's own method answers the other intents: {@code LexResponse m(LexEvent[, Context])}. */
  private static void checkBotMethod(FunctionModel model, FunctionSite site, List<Report> reports) {
    for (int i = 0; i < model.parameters().size(); i++) {
      ParameterModel parameter = model.parameters().get(i);
      if (parameter.binding() != Binding.CONTEXT && !parameter.type().equals(EVENT)) {
        reports.add(Report.error(Message.LEX_SHAPE, site.parameter(i), model.qualifiedMethod(),
            "the bot function's own method answers the intents no @Intent method handles, so it takes only the LexEvent"
                + " and the Context, not " + parameter.type(), model.methodName()));
        return;
      }
    }
    if (!model.returnType().type().equals(RESPONSE)) {
      reports.add(Report.error(Message.LEX_SHAPE, site.methodPosition(), model.qualifiedMethod(),
          "it returns " + model.returnType().type() + ", not LexResponse", model.methodName()));
    }
  }

  private static List<IntentHandler.Argument> arguments(
      ExecutableElement method, boolean botIsStatic, String qualified, List<Report> reports) {
    String name = method.getSimpleName().toString();
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC)) {
      reports.add(Report.error(Message.LEX_SHAPE, Position.of(method), qualified, "it is not public", name));
    } else if (botIsStatic && !modifiers.contains(Modifier.STATIC)) {
      reports.add(Report.error(Message.LEX_SHAPE, Position.of(method), qualified,
          "it is an instance method but the bot function's method is static, so no instance is made; make it static", name));
    } else if (mirror(method, FUNCTION) != null) {
      reports.add(Report.error(Message.LEX_SHAPE, Position.of(method), qualified,
          "it is also a @Function, a function of its own; an intent handler runs inside the bot function", name));
    } else if (!ClassName.get(method.getReturnType()).equals(RESPONSE)) {
      reports.add(Report.error(Message.LEX_SHAPE, Position.of(method), qualified,
          "it returns " + method.getReturnType() + ", not LexResponse", name));
    }
    List<IntentHandler.Argument> arguments = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      TypeMirror type = parameter.asType();
      AnnotationMirror slot = mirror(parameter, SLOT);
      String typeName = type.toString();
      if (slot != null) {
        String slotName = string(slot, "value");
        ClassName of = optionalOf(type);
        if (of == null || !SLOT_TYPES.contains(of.canonicalName())) {
          reports.add(Report.error(Message.LEX_SHAPE, Position.of(parameter, slot), qualified,
              "slot parameter " + parameter.getSimpleName() + " is a " + typeName + ", not an Optional of a slot type", name));
        } else if (slotName.isBlank()) {
          reports.add(Report.error(Message.LEX_SHAPE, Position.of(parameter, slot), qualified,
              "@Slot on " + parameter.getSimpleName() + " names no slot", name));
        } else {
          arguments.add(new IntentHandler.Argument(IntentHandler.Kind.SLOT, slotName, of));
        }
      } else if (typeName.equals(EVENT.canonicalName())) {
        arguments.add(new IntentHandler.Argument(IntentHandler.Kind.EVENT, "", EVENT));
      } else if (typeName.equals(CONTEXT)) {
        arguments.add(new IntentHandler.Argument(IntentHandler.Kind.CONTEXT, "", null));
      } else {
        reports.add(Report.error(Message.LEX_SHAPE, Position.of(parameter), qualified,
            "parameter " + parameter.getSimpleName() + " is a " + typeName
                + " without @Slot; take the LexEvent, the Context or @Slot Optional<...> slots", name));
      }
    }
    return arguments;
  }

  /** A second {@code LEX_V2} bot function in one class is an error on the later one. */
  private static void checkOneBot(ExecutableElement bot, TypeElement type, List<Report> reports) {
    for (Element member : type.getEnclosedElements()) {
      if (member.equals(bot)) {
        return;
      }
      AnnotationMirror function = member.getKind() == ElementKind.METHOD ? mirror(member, FUNCTION) : null;
      if (function != null && hasLexTrigger(function)) {
        reports.add(Report.error(Message.LEX_TWO_BOTS, Position.of(bot), type.getQualifiedName() + "#" + bot.getSimpleName(),
            type.getQualifiedName(), type.getQualifiedName() + "#" + member.getSimpleName()));
        return;
      }
    }
  }

  private static boolean hasLexTrigger(AnnotationMirror function) {
    AnnotationValue triggers = explicit(function, "triggers");
    if (triggers == null || !(triggers.getValue() instanceof List<?> list)) {
      return false;
    }
    for (Object item : list) {
      if (item instanceof AnnotationValue value && value.getValue() instanceof AnnotationMirror trigger
          && Source.LEX_V2.name().equals(enumName(trigger, "source", ""))) {
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
