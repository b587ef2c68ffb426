package io.lambdaforge.processor.family.alexa;

import com.palantir.javapoet.ClassName;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.IntentMethods;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

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
  static final IntentMethods.Dialect SKILL_DIALECT = new IntentMethods.Dialect(Message.ALEXA_SHAPE,
      Message.ALEXA_TWO_SKILLS, Source.ALEXA_SKILL, ClassName.get("io.lambdaforge.events.alexa", "AlexaRequest"),
      ClassName.get("io.lambdaforge.events.alexa", "AlexaResponse"), "skill", "the launch and the intents");
  static final List<String> ID_PREFIXES = List.of("amzn1.ask.skill.", "amzn1.echo-sdk-ams.app.");

  private SkillReader() {}

  /** The skill ID of {@code site}'s class, or {@code ""} (with a report) when it has none or a malformed one. */
  static String skillId(FunctionModel model, FunctionSite site, List<Report> reports) {
    TypeElement type = (TypeElement) site.method().getEnclosingElement();
    AnnotationMirror skill = IntentMethods.mirror(type, SKILL);
    String where = type.getQualifiedName().toString();
    if (skill == null) {
      reports.add(Report.error(Message.ALEXA_SKILL_ID, site.methodPosition(), model.qualifiedMethod(),
          "class " + where + " has no @AlexaSkill", where));
      return "";
    }
    String id = IntentMethods.string(skill, "skillId").strip();
    if (ID_PREFIXES.stream().noneMatch(p -> id.startsWith(p) && id.length() > p.length())) {
      reports.add(Report.error(Message.ALEXA_SKILL_ID, IntentMethods.position(type, skill, "skillId"), model.qualifiedMethod(),
          id.isEmpty() ? "@AlexaSkill names no skill ID" : "\"" + id + "\" is not an Alexa skill ID", where));
      return "";
    }
    return id;
  }

  /** The intent handlers of {@code site}'s class, reporting every rule they break. */
  static List<SkillHandler> read(FunctionModel model, FunctionSite site, List<Report> reports) {
    IntentMethods.checkOwnMethod(SKILL_DIALECT, model, site, reports);
    TypeElement type = (TypeElement) site.method().getEnclosingElement();
    IntentMethods.checkOnePerClass(SKILL_DIALECT, site.method(), type, reports);
    List<SkillHandler> handlers = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      AnnotationMirror intent = IntentMethods.mirror(method, IntentMethods.INTENT);
      if (intent == null) {
        continue;
      }
      String name = IntentMethods.string(intent, "value");
      String qualified = type.getQualifiedName() + "#" + method.getSimpleName();
      String simple = method.getSimpleName().toString();
      int before = reports.size();
      if (name.isBlank()) {
        reports.add(Report.error(Message.ALEXA_SHAPE, IntentMethods.position(method, intent, "value"), qualified,
            "@Intent names no intent (write the intent's name from the interaction model)", simple));
      }
      if (!IntentMethods.enumName(intent, "hook", "ANY").equals("ANY")) {
        reports.add(Report.error(Message.ALEXA_SHAPE, IntentMethods.position(method, intent, "hook"), qualified,
            "an Alexa intent has no code hooks, so hook is left ANY", simple));
      }
      List<IntentMethods.Argument> arguments = IntentMethods.arguments(SKILL_DIALECT, method, model.isStatic(), qualified, reports);
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
}
