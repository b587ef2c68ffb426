package io.lambdaforge.processor.family.alexa;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.family.IntentCalls;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.FunctionModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The adapter of a skill function: a {@code Dispatch} composed once from the runtime's {@code
 * AlexaAdapter} with the skill ID, one route per {@code @Intent} method (a lambda that binds its
 * slots and calls it) and the skill's own method as the fallback.
 */
final class AlexaAdapterGenerator extends AdapterGenerator {
  private static final String PACKAGE = "io.lambdaforge.runtime.internal.alexa";
  private static final ClassName ADAPTER = ClassName.get(PACKAGE, "AlexaAdapter");
  private static final ClassName SLOTS = ClassName.get(PACKAGE, "AlexaSlots");
  private static final ClassName DISPATCH = ClassName.get("io.lambdaforge.runtime.internal.core", "Dispatch");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final String FIELD = "DISPATCH";

  private final String skillId;
  private final List<SkillHandler> handlers;

  AlexaAdapterGenerator(String skillId, List<SkillHandler> handlers) {
    this.skillId = skillId;
    this.handlers = List.copyOf(handlers);
  }

  @Override
  protected void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    type.addJavadoc(
        "Alexa skill adapter of function {@code $L}: refuses requests for any skill but {@code $L},\n"
            + "dispatches intents to the class's {@code @Intent} methods ($L), answers a session's end itself\n"
            + "and sends the launch and every other request to {@code $L}.\n"
            + "\n"
            + "<p>Lambda handler: {@code $L}\n",
        model.functionName(),
        skillId,
        handlers.size(),
        model.qualifiedMethod(),
        model.handler());
    addTarget(type, model);
    List<CodeBlock> routes = new ArrayList<>();
    for (SkillHandler handler : handlers) {
      CodeBlock target = handler.isStatic() ? CodeBlock.of("$T", model.enclosingType()) : CodeBlock.of("$N", TARGET);
      routes.add(CodeBlock.of("$T.route($S, (request, context) -> $L.$N($L))",
          ADAPTER, handler.intent(), target, handler.methodName(), IntentCalls.arguments(handler.arguments(), "request", SLOTS)));
    }
    List<CodeBlock> fallbackArguments = IntentCalls.ownArguments(model, "request");
    CodeBlock list = routes.isEmpty()
        ? CodeBlock.of("$T.of()", LIST)
        : CodeBlock.of("$T.of(\n$>$>$L$<$<)", LIST, CodeBlock.join(routes, ",\n"));
    type.addField(FieldSpec.builder(DISPATCH, FIELD, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.dispatch($S, $S, $L,\n$>$>(request, context) -> $L$<$<)", ADAPTER, model.functionName(), skillId,
            list, call(model, fallbackArguments))
        .build());
    type.addMethod(delegatingHandleRequest(FIELD));
  }
}
