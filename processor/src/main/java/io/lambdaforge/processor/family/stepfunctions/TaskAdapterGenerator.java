package io.lambdaforge.processor.family.stepfunctions;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.generate.PayloadCode;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.DeclaredError;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.Names;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The adapter of a Step Functions task function: reads the state input (from the envelope {@code
 * {"Input", "TaskToken"}} when the method takes a {@code TaskToken}), calls the method, turns a
 * declared exception into the generated error class of its name and writes the result through a
 * {@code TaskResult}, which holds it to the 262,144-byte limit of a state's output.
 */
final class TaskAdapterGenerator extends AdapterGenerator {
  private static final String RUNTIME = "io.lambdaforge.runtime.internal.stepfunctions";
  private static final ClassName TASK_INPUT = ClassName.get(RUNTIME, "TaskInput");
  private static final ClassName TASK_RESULT = ClassName.get(RUNTIME, "TaskResult");
  private static final ClassName NAMED_ERRORS = ClassName.get(RUNTIME, "NamedErrors");
  private static final ClassName RETHROW = ClassName.get("io.lambdaforge.runtime.internal.sdk", "Rethrow");
  private static final String PAYLOAD = "PAYLOAD";
  private static final String ERRORS = "ERRORS";
  private static final String FUNCTION = "FUNCTION_NAME";

  private final TaskShape shape;

  TaskAdapterGenerator(TaskShape shape) {
    this.shape = shape;
  }

  @Override
  protected void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    type.addJavadoc(
        "Step Functions task adapter of function {@code $L}: reads the state input$L, calls\n"
            + "{@code $L}, reports a declared exception under its error name and writes the result\n"
            + "(at most 262,144 bytes).\n"
            + "\n"
            + "<p>Lambda handler: {@code $L}\n",
        model.functionName(),
        shape.waits() ? " and the task token" : "",
        model.qualifiedMethod(),
        model.handler());
    NameAllocator names = new NameAllocator();
    for (String field : List.of(TARGET, PAYLOAD, ERRORS, FUNCTION)) {
      names.newName(field, field);
    }
    String input = names.newName("input");
    String output = names.newName("output");
    String context = names.newName("context");
    String task = names.newName("task");
    String state = names.newName("state");

    addTarget(type, model);
    type.addField(FieldSpec.builder(String.class, FUNCTION, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$S", model.functionName())
        .build());
    MethodSpec.Builder handle = MethodSpec.methodBuilder(Names.HANDLER_METHOD)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(InputStream.class, input)
        .addParameter(OutputStream.class, output)
        .addParameter(CONTEXT, context)
        .addException(IOException.class);
    if (shape.waits()) {
      handle.addStatement("$T $N = $T.read($N, $N)", TASK_INPUT, task, TASK_INPUT, FUNCTION, input);
      handle.addStatement("$T $N = $N.input()", InputStream.class, state, task);
    }
    String stateStream = shape.waits() ? state : input;

    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < model.parameters().size(); i++) {
      ParameterModel parameter = model.parameters().get(i);
      if (parameter.binding() == Binding.CONTEXT) {
        arguments.add(CodeBlock.of("$N", context));
      } else if (i == shape.token()) {
        arguments.add(CodeBlock.of("$N.token()", task));
      } else {
        String local = names.newName(parameter.name(), parameter);
        if (PayloadCode.needsReader(parameter)) {
          type.addField(PayloadCode.readerField(PAYLOAD, model.functionName(), parameter, codecs));
        }
        handle.addStatement("$T $N = $L", parameter.type(), local, PayloadCode.read(parameter, PAYLOAD, stateStream));
        arguments.add(CodeBlock.of("$N", local));
      }
    }

    CodeBlock call = call(model, arguments);
    ReturnModel returns = model.returnType();
    boolean isVoid = returns.kind() == ReturnModel.Kind.VOID;
    String result = names.newName("result");
    List<DeclaredError> named = model.declaredErrors().stream().filter(e -> !e.reportsItsName()).toList();
    boolean rethrow = !model.checkedExceptions().isEmpty();
    if (named.isEmpty() && !rethrow) {
      handle.addStatement(isVoid ? CodeBlock.of("$L", call) : CodeBlock.of("$T $N = $L", returns.type(), result, call));
    } else {
      if (!isVoid) {
        handle.addStatement("$T $N", returns.type(), result);
      }
      handle.beginControlFlow("try")
          .addStatement(isVoid ? CodeBlock.of("$L", call) : CodeBlock.of("$N = $L", result, call));
      String caught = names.newName("e");
      for (DeclaredError error : named) {
        handle.nextControlFlow("catch ($T $N)", error.type(), caught)
            .addStatement("throw $N.named($S, $N)", ERRORS, error.errorName(), caught);
      }
      if (rethrow) {
        handle.nextControlFlow("catch ($T $N)", Exception.class, caught)
            .addStatement("throw $T.unchecked($N)", RETHROW, caught);
      }
      handle.endControlFlow();
    }
    if (!named.isEmpty()) {
      type.addField(FieldSpec.builder(NAMED_ERRORS, ERRORS, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.of($T.class)", NAMED_ERRORS, model.adapter())
          .build());
    }
    String buffer = names.newName("taskResult");
    handle.addStatement("$T $N = new $T($N)", TASK_RESULT, buffer, TASK_RESULT, FUNCTION);
    handle.addStatement(PayloadCode.write(returns, buffer, CodeBlock.of("$N", result), codecs));
    handle.addStatement("$N.deliver($N)", buffer, output);
    type.addMethod(handle.build());
  }
}
