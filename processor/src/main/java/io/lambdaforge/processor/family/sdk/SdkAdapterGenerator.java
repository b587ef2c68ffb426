package io.lambdaforge.processor.family.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.generate.PayloadCode;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.Names;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import io.lambdaforge.processor.model.TypeShape;
import com.palantir.javapoet.TypeName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The direct-invoke (SDK) adapter, for functions without HTTP triggers: reads the payload as the
 * one un-annotated parameter with a precomputed reader, calls the method, writes the result as
 * JSON.
 */
final class SdkAdapterGenerator extends AdapterGenerator {
  static final ClassName RETHROW = ClassName.get("io.lambdaforge.runtime.internal.sdk", "Rethrow");

  private static final String PAYLOAD = "PAYLOAD";

  @Override
  protected void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    type.addJavadoc(
        "Direct-invoke adapter of function {@code $L}: reads the JSON payload, calls\n"
            + "{@code $L}, writes the result as JSON.\n"
            + "\n"
            + "<p>Lambda handler: {@code $L}\n",
        model.functionName(),
        model.qualifiedMethod(),
        model.handler());
    NameAllocator names = new NameAllocator();
    names.newName(TARGET, TARGET);
    names.newName(PAYLOAD, PAYLOAD);
    String input = names.newName("input");
    String output = names.newName("output");
    String context = names.newName("context");

    addTarget(type, model);
    MethodSpec.Builder handle =
        MethodSpec.methodBuilder(Names.HANDLER_METHOD)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(InputStream.class, input)
            .addParameter(OutputStream.class, output)
            .addParameter(CONTEXT, context)
            .addException(IOException.class);

    List<CodeBlock> arguments = new ArrayList<>();
    for (ParameterModel parameter : model.parameters()) {
      if (parameter.binding() == Binding.CONTEXT) {
        arguments.add(CodeBlock.of("$N", context));
        continue;
      }
      // Validation leaves only CONTEXT and at most one PAYLOAD parameter on SDK-only functions.
      String local = names.newName(parameter.name(), parameter);
      arguments.add(CodeBlock.of("$N", local));
      if (PayloadCode.needsReader(parameter)) {
        type.addField(PayloadCode.readerField(PAYLOAD, model.functionName(), parameter, codecs));
      }
      handle.addStatement(
          "$T $N = $L", parameter.type(), local, PayloadCode.read(parameter, PAYLOAD, input));
    }

    CodeBlock call = call(model, arguments);
    ReturnModel returns = model.returnType();
    boolean isVoid = returns.kind() == ReturnModel.Kind.VOID;
    String result = names.newName("result");
    boolean wrap = !model.checkedExceptions().isEmpty();
    if (wrap) {
      if (!isVoid) {
        handle.addStatement("$T $N", returns.type(), result);
      }
      String caught = names.newName("e");
      handle
          .beginControlFlow("try")
          .addStatement(isVoid ? CodeBlock.of("$L", call) : CodeBlock.of("$N = $L", result, call))
          .nextControlFlow("catch ($T $N)", Exception.class, caught)
          .addStatement("throw $T.unchecked($N)", RETHROW, caught)
          .endControlFlow();
    } else if (isVoid) {
      handle.addStatement("$L", call);
    } else {
      handle.addStatement("$T $N = $L", returns.type(), result, call);
    }
    handle.addStatement(PayloadCode.write(returns, output, CodeBlock.of("$N", result), codecs));
    type.addMethod(handle.build());
  }

  /**
   * SnapStart priming of a direct-invoke adapter: the payload parameter read from its type's
   * compile-time sample with the adapter's own reader, then a synthetic result of the declared
   * type (read from its codec's sample) written with the adapter's own writer to a discarding
   * stream; the user's method is never called.
   */
  @Override
  protected boolean addPrimingSteps(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    CodeBlock.Builder step = CodeBlock.builder();
    for (ParameterModel parameter : model.parameters()) {
      if (parameter.binding() == Binding.CONTEXT) {
        continue;
      }
      TypeName sampled = parameter.shape().kind() == TypeShape.Kind.OPTIONAL
          ? parameter.shape().of().type() : parameter.type();
      String sample = codecs.sample(sampled);
      step.addStatement("$T input = new $T($S.getBytes($T.UTF_8))", InputStream.class,
          java.io.ByteArrayInputStream.class, sample == null ? "null" : sample,
          java.nio.charset.StandardCharsets.class);
      step.addStatement("$T payload = $L", parameter.type(), PayloadCode.read(parameter, PAYLOAD, "input"));
    }
    ReturnModel returns = model.returnType();
    CodeBlock result = syntheticResult(returns, codecs);
    if (result != null) {
      if (returns.kind() != ReturnModel.Kind.VOID) {
        step.addStatement("$T result = $L", returns.type(), result);
      }
      step.addStatement(PayloadCode.write(returns, "sink", CodeBlock.of("result"), codecs));
    }
    if (step.isEmpty()) {
      return false;
    }
    type.addMethod(primeMethod()
        .addStatement("$T sink = $T.nullOutputStream()", OutputStream.class, OutputStream.class)
        .addCode("run.step($S, () -> {\n$>$L$<});\n", "SDK " + model.functionName(), step.build())
        .build());
    return true;
  }

  /** A synthetic result of {@code returns}, {@code null} when a primitive has no sample to read. */
  private static CodeBlock syntheticResult(ReturnModel returns, CodecRefs codecs) {
    switch (returns.kind()) {
      case VOID:
        return CodeBlock.of("null");
      case STRING:
        return CodeBlock.of("$S", "");
      case BYTES:
        return CodeBlock.of("new byte[0]");
      case OPTIONAL:
        String content = codecs.sample(returns.of().type());
        return content == null
            ? CodeBlock.of("$T.empty()", java.util.Optional.class)
            : CodeBlock.of("$T.ofNullable($T.sampleValue($L, $S))", java.util.Optional.class,
                PayloadCode.JSON_BODY, codecs.of(returns.of().type()), content);
      default:
        String sample = codecs.sample(returns.type());
        if (sample != null) {
          return CodeBlock.of("$T.sampleValue($L, $S)", PayloadCode.JSON_BODY, codecs.of(returns.type()), sample);
        }
        return returns.type().isPrimitive() ? null : CodeBlock.of("null");
    }
  }
}
