package io.lambdaforge.processor.family.s3batch;

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
 * The adapter of an S3 Batch function: a {@code Dispatch} composed once from the runtime's S3 Batch
 * handler, with a lambda that calls the method for one task.
 */
final class S3BatchAdapterGenerator extends AdapterGenerator {
  private static final ClassName ADAPTER = ClassName.get("io.lambdaforge.runtime.internal.s3batch", "S3BatchAdapter");
  private static final ClassName DISPATCH = ClassName.get("io.lambdaforge.runtime.internal.core", "Dispatch");
  private static final String FIELD = "DISPATCH";

  @Override
  protected void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    type.addJavadoc(
        "S3 Batch Operations adapter of function {@code $L}: calls {@code $L} once per task of the\n"
            + "invocation and answers it in the invocation's schema (1.0 or 2.0).\n"
            + "\n"
            + "<p>Lambda handler: {@code $L}\n",
        model.functionName(),
        model.qualifiedMethod(),
        model.handler());
    addTarget(type, model);
    List<CodeBlock> arguments = new ArrayList<>();
    for (ParameterModel parameter : model.parameters()) {
      arguments.add(parameter.binding() == Binding.CONTEXT ? CodeBlock.of("context") : CodeBlock.of("task"));
    }
    type.addField(FieldSpec.builder(DISPATCH, FIELD, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.dispatch($S, (task, context) -> $L)", ADAPTER, model.functionName(), call(model, arguments))
        .build());
    type.addMethod(delegatingHandleRequest(FIELD));
  }
}
