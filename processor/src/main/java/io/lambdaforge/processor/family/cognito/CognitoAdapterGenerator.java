package io.lambdaforge.processor.family.cognito;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The adapter of a Cognito trigger function: a {@code Dispatch} composed once from the runtime's
 * Cognito handler, with a lambda that casts the bound request and calls the method.
 */
final class CognitoAdapterGenerator extends AdapterGenerator {
  private static final ClassName ADAPTER = ClassName.get("io.lambdaforge.runtime.internal.cognito", "CognitoAdapter");
  private static final ClassName DISPATCH = ClassName.get("io.lambdaforge.runtime.internal.core", "Dispatch");
  private static final String FIELD = "DISPATCH";

  private final CognitoContract contract;

  CognitoAdapterGenerator(CognitoContract contract) {
    this.contract = contract;
  }

  @Override
  protected void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    type.addJavadoc(
        "Cognito user-pool $L trigger adapter of function {@code $L}: binds the event's request to\n"
            + "{@code $L}, calls {@code $L} and returns the event with its response.\n"
            + "\n"
            + "<p>Lambda handler: {@code $L}\n",
        contract.configKey,
        model.functionName(),
        contract.request.simpleName(),
        model.qualifiedMethod(),
        model.handler());
    addTarget(type, model);
    List<CodeBlock> arguments = new ArrayList<>();
    for (ParameterModel parameter : model.parameters()) {
      arguments.add(parameter.binding() == Binding.CONTEXT
          ? CodeBlock.of("context")
          : CodeBlock.of("($T) request", contract.request));
    }
    CodeBlock call = call(model, arguments);
    CodeBlock invoker = contract.response == null
        ? CodeBlock.of("(request, context) -> {\n$>$L;\nreturn null;\n$<}", call)
        : CodeBlock.of("(request, context) -> $L", call);
    type.addField(FieldSpec.builder(DISPATCH, FIELD, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.dispatch($S, $T.class, $L)", ADAPTER, model.functionName(), contract.request, invoker)
        .build());
    type.addMethod(delegatingHandleRequest(FIELD));
  }
}
