package io.lambdaforge.processor.family.lex;

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
 * Reads and checks a bot function's intent handlers: the {@code @Intent} methods of the class that
 * declares the {@code @Function} method with the {@code LEX_V2} trigger, in declaration order.
 * Shape rules: public, returns {@code LexResponse}, takes any of {@code LexEvent}, {@code Context}
 * and {@code @Slot Optional<T>} of a supported {@code T}; static when the bot method is static; not
 * itself a {@code @Function}. Each intent and code hook has one method; one bot per class.
 */
final class BotReader {
  static final IntentMethods.Dialect BOT = new IntentMethods.Dialect(Message.LEX_SHAPE, Message.LEX_TWO_BOTS,
      Source.LEX_V2, ClassName.get("io.lambdaforge.events.lex", "LexEvent"),
      ClassName.get("io.lambdaforge.events.lex", "LexResponse"), "bot", "the intents");

  private BotReader() {}

  /** The intent handlers of {@code site}'s class, reporting every rule they break. */
  static List<IntentHandler> read(FunctionModel model, FunctionSite site, List<Report> reports) {
    IntentMethods.checkOwnMethod(BOT, model, site, reports);
    TypeElement type = (TypeElement) site.method().getEnclosingElement();
    IntentMethods.checkOnePerClass(BOT, site.method(), type, reports);
    List<IntentHandler> handlers = new ArrayList<>();
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
      String hook = IntentMethods.enumName(intent, "hook", "ANY");
      String qualified = type.getQualifiedName() + "#" + method.getSimpleName();
      int before = reports.size();
      if (name.isBlank()) {
        reports.add(Report.error(Message.LEX_INTENT_NAME, IntentMethods.position(method, intent, "value"), qualified));
      }
      List<IntentMethods.Argument> arguments = IntentMethods.arguments(BOT, method, model.isStatic(), qualified, reports);
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
}
