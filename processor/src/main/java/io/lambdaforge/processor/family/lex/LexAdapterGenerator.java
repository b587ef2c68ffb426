package io.lambdaforge.processor.family.lex;

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
 * The adapter of a bot function: a {@code Dispatch} composed once from the runtime's {@code
 * LexAdapter}, with one route per {@code @Intent} method (a lambda that binds its slots and calls
 * it) and the bot's own method as the fallback.
 */
final class LexAdapterGenerator extends AdapterGenerator {
  private static final String PACKAGE = "io.lambdaforge.runtime.internal.lex";
  private static final ClassName ADAPTER = ClassName.get(PACKAGE, "LexAdapter");
  private static final ClassName SLOTS = ClassName.get(PACKAGE, "LexSlots");
  private static final ClassName DISPATCH = ClassName.get("io.lambdaforge.runtime.internal.core", "Dispatch");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final String FIELD = "DISPATCH";

  private final List<IntentHandler> handlers;

  LexAdapterGenerator(List<IntentHandler> handlers) {
    this.handlers = List.copyOf(handlers);
  }

  @Override
  protected void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    type.addJavadoc(
        "Lex V2 bot adapter of function {@code $L}: dispatches each code-hook call by intent and\n"
            + "invocation source to the class's {@code @Intent} methods ($L), and every other intent to\n"
            + "{@code $L}.\n"
            + "\n"
            + "<p>Lambda handler: {@code $L}\n",
        model.functionName(),
        handlers.size(),
        model.qualifiedMethod(),
        model.handler());
    addTarget(type, model);
    List<CodeBlock> routes = new ArrayList<>();
    for (IntentHandler handler : handlers) {
      CodeBlock target = handler.isStatic() ? CodeBlock.of("$T", model.enclosingType()) : CodeBlock.of("$N", TARGET);
      String factory = handler.hook().equals("DIALOG") ? "dialog" : handler.hook().equals("FULFILLMENT") ? "fulfillment" : "route";
      routes.add(CodeBlock.of("$T.$N($S, (event, context) -> $L.$N($L))",
          ADAPTER, factory, handler.intent(), target, handler.methodName(), IntentCalls.arguments(handler.arguments(), "event", SLOTS)));
    }
    List<CodeBlock> fallbackArguments = IntentCalls.ownArguments(model, "event");
    CodeBlock list = routes.isEmpty()
        ? CodeBlock.of("$T.of()", LIST)
        : CodeBlock.of("$T.of(\n$>$>$L$<$<)", LIST, CodeBlock.join(routes, ",\n"));
    type.addField(FieldSpec.builder(DISPATCH, FIELD, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.dispatch($S, $L,\n$>$>(event, context) -> $L$<$<)", ADAPTER, model.functionName(), list,
            call(model, fallbackArguments))
        .build());
    type.addMethod(delegatingHandleRequest(FIELD));
  }
}
