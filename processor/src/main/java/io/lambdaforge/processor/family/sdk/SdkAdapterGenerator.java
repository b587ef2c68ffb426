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
 * JSON. A SnapStart adapter's handler writes a synthetic result instead of calling the method when
 * invoked with the priming context ({@link #addPrimingSteps}).
 */
final class SdkAdapterGenerator extends AdapterGenerator {
  static final ClassName RETHROW = ClassName.get("io.lambdaforge.runtime.internal.sdk", "Rethrow");

  private static final String PAYLOAD = "PAYLOAD";
  /** The {@code Context} of priming invocations, which a SnapStart adapter's handler recognises. */
  private static final ClassName PRIMING_CONTEXT =
      ClassName.get("io.lambdaforge.runtime.internal.core", "PrimingContext");

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
    CodeBlock sample = model.snapStart() ? syntheticResult(returns, codecs) : null;
    if (model.snapStart() && sample == null) {
      // a primitive result without a sample: priming stops before the call
      handle.beginControlFlow("if ($N == $T.INSTANCE)", context, PRIMING_CONTEXT)
          .addComment("SnapStart priming: never the function's method")
          .addStatement("return")
          .endControlFlow();
    }
    CodeBlock.Builder invoke = CodeBlock.builder();
    if (wrap) {
      String caught = names.newName("e");
      invoke
          .beginControlFlow("try")
          .addStatement(isVoid ? CodeBlock.of("$L", call) : CodeBlock.of("$N = $L", result, call))
          .nextControlFlow("catch ($T $N)", Exception.class, caught)
          .addStatement("throw $T.unchecked($N)", RETHROW, caught)
          .endControlFlow();
    } else {
      invoke.addStatement(isVoid ? CodeBlock.of("$L", call) : CodeBlock.of("$N = $L", result, call));
    }
    if (sample != null && isVoid) {
      handle.beginControlFlow("if ($N != $T.INSTANCE)", context, PRIMING_CONTEXT)
          .addComment("SnapStart priming never calls the function's method")
          .addCode(invoke.build())
          .endControlFlow();
    } else if (sample != null) {
      // one write call site for priming and real invocations
      handle.addStatement("$T $N", returns.type(), result)
          .beginControlFlow("if ($N == $T.INSTANCE)", context, PRIMING_CONTEXT)
          .addComment("SnapStart priming: a sample result, never the function's method")
          .addStatement("$N = $L", result, sample)
          .nextControlFlow("else")
          .addCode(invoke.build())
          .endControlFlow();
    } else if (wrap) {
      if (!isVoid) {
        handle.addStatement("$T $N", returns.type(), result);
      }
      handle.addCode(invoke.build());
    } else if (isVoid) {
      handle.addStatement("$L", call);
    } else {
      handle.addStatement("$T $N = $L", returns.type(), result, call);
    }
    handle.addStatement(PayloadCode.write(returns, output, CodeBlock.of("$N", result), codecs));
    type.addMethod(handle.build());
  }

  /**
   * SnapStart priming of a direct-invoke adapter: the adapter's own {@code handleRequest} on the
   * payload parameter's compile-time sample with the priming context, so it reads the payload
   * with the adapter's reader and, seeing that context, writes a synthetic result of the declared
   * type (read from its codec's sample) with the adapter's writer; the user's method is never
   * called. Priming thus runs the exact methods a real invocation runs, up to the user's call.
   */
  @Override
  protected boolean addPrimingSteps(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    String payload = "{}";
    for (ParameterModel parameter : model.parameters()) {
      if (parameter.binding() == Binding.CONTEXT) {
        continue;
      }
      TypeName sampled = parameter.shape().kind() == TypeShape.Kind.OPTIONAL
          ? parameter.shape().of().type() : parameter.type();
      String sample = codecs.sample(sampled);
      payload = sample == null ? "null" : sample;
    }
    type.addMethod(primeMethod()
        .addStatement("$T handler = new $T()", model.adapter(), model.adapter())
        .addStatement("run.step($S, () -> handler.$N(\nnew $T($S.getBytes($T.UTF_8)),\nnew $T(), $T.INSTANCE))",
            "SDK " + model.functionName(), Names.HANDLER_METHOD, java.io.ByteArrayInputStream.class, payload,
            java.nio.charset.StandardCharsets.class, java.io.ByteArrayOutputStream.class, PRIMING_CONTEXT)
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
