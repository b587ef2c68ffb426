package io.lambdaforge.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.Names;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import io.lambdaforge.processor.model.TypeShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The direct-invoke (SDK) adapter, for functions without HTTP triggers: reads the payload as the
 * one un-annotated parameter with a precomputed reader, calls the method, writes the result as
 * JSON.
 */
public final class SdkAdapterGenerator extends AdapterGenerator {
  private static final String SDK = "io.lambdaforge.runtime.sdk";
  static final ClassName PAYLOAD_READER = ClassName.get(SDK, "PayloadReader");
  static final ClassName PAYLOAD_WRITER = ClassName.get(SDK, "PayloadWriter");
  static final ClassName RETHROW = ClassName.get(SDK, "Rethrow");
  static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private static final String TARGET = "TARGET";
  private static final String PAYLOAD = "PAYLOAD";

  @Override
  public boolean appliesTo(FunctionModel model) {
    return model.isSdkOnly();
  }

  @Override
  void addMembers(TypeSpec.Builder type, FunctionModel model) {
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

    if (!model.isStatic()) {
      type.addField(
          FieldSpec.builder(
                  model.enclosingType(), TARGET, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T()", model.enclosingType())
              .build());
    }
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
      TypeShape shape = parameter.shape();
      if (shape.kind() == TypeShape.Kind.INPUT_STREAM) {
        handle.addStatement("$T $N = $N", parameter.type(), local, input);
      } else if (shape.kind() == TypeShape.Kind.OPTIONAL) {
        type.addField(readerField(model, shape.of().type()));
        handle.addStatement(
            "$T $N = $T.ofNullable($N.read($N))",
            parameter.type(), local, Optional.class, PAYLOAD, input);
      } else {
        type.addField(readerField(model, parameter.type()));
        handle.addStatement("$T $N = $N.read($N)", parameter.type(), local, PAYLOAD, input);
      }
    }

    CodeBlock call =
        CodeBlock.of(
            "$L.$N($L)",
            model.isStatic()
                ? CodeBlock.of("$T", model.enclosingType())
                : CodeBlock.of("$N", TARGET),
            model.methodName(),
            CodeBlock.join(arguments, ", "));
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
    if (isVoid) {
      handle.addStatement("$T.write($N, null)", PAYLOAD_WRITER, output);
    } else if (returns.kind() == ReturnModel.Kind.OPTIONAL) {
      handle.addStatement("$T.writeOptional($N, $N)", PAYLOAD_WRITER, output, result);
    } else {
      handle.addStatement("$T.write($N, $N)", PAYLOAD_WRITER, output, result);
    }
    type.addMethod(handle.build());
  }

  /** {@code PayloadReader<T> PAYLOAD}, through a TypeReference when T is generic. */
  private static FieldSpec readerField(FunctionModel model, TypeName type) {
    CodeBlock token =
        isReifiable(type)
            ? CodeBlock.of("$T.class", type)
            : CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type);
    return FieldSpec.builder(
            ParameterizedTypeName.get(PAYLOAD_READER, type.box()),
            PAYLOAD,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.of($S, $L)", PAYLOAD_READER, model.functionName(), token)
        .build();
  }

  /** Whether {@code T.class} denotes exactly {@code type} (no type arguments anywhere). */
  private static boolean isReifiable(TypeName type) {
    if (type.isPrimitive() || type instanceof ClassName) {
      return true;
    }
    return type instanceof ArrayTypeName && isReifiable(((ArrayTypeName) type).componentType());
  }
}
