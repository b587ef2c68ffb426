package io.lambdaforge.processor.family;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated calls of the dialogue families (Lex V2, Alexa): an {@code @Intent} method's
 * arguments, and the function's own method's, inside a lambda whose event and context parameters
 * have the given names.
 */
public final class IntentCalls {
  private IntentCalls() {}

  /** The arguments of an {@code @Intent} method: the event, the context, or a slot read with {@code slots}. */
  public static CodeBlock arguments(List<IntentMethods.Argument> arguments, String event, ClassName slots) {
    List<CodeBlock> code = new ArrayList<>();
    for (IntentMethods.Argument argument : arguments) {
      switch (argument.kind()) {
        case EVENT -> code.add(CodeBlock.of("$N", event));
        case CONTEXT -> code.add(CodeBlock.of("context"));
        default -> code.add(CodeBlock.of("$T.value($N, $S, $T.class)", slots, event, argument.slot(), argument.type()));
      }
    }
    return CodeBlock.join(code, ", ");
  }

  /** The arguments of the function's own method: the context, or the event. */
  public static List<CodeBlock> ownArguments(FunctionModel model, String event) {
    List<CodeBlock> code = new ArrayList<>();
    for (ParameterModel parameter : model.parameters()) {
      code.add(parameter.binding() == Binding.CONTEXT ? CodeBlock.of("context") : CodeBlock.of("$N", event));
    }
    return code;
  }
}
