package io.lambdaforge.processor.family.stepfunctions;

import com.palantir.javapoet.ClassName;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;

/**
 * What a task method takes: at most one state input (any JSON type), at most one {@code TaskToken},
 * {@code Context}; it returns any JSON type or nothing. Either the indexes of its input and token
 * ({@code -1} when absent) or the reason it is no task, with the parameter to report it on.
 */
record TaskShape(int input, int token, String problem, int at) {
  static final ClassName TASK_TOKEN = ClassName.get("io.lambdaforge.events.stepfunctions", "TaskToken");

  static TaskShape of(FunctionModel model) {
    int input = -1;
    int token = -1;
    for (int i = 0; i < model.parameters().size(); i++) {
      ParameterModel parameter = model.parameters().get(i);
      if (parameter.binding() == Binding.CONTEXT) {
        continue;
      }
      if (parameter.type().equals(TASK_TOKEN)) {
        if (token >= 0) {
          return problem("it takes two TaskTokens (" + model.parameters().get(token).name() + ", "
              + parameter.name() + ")", i);
        }
        token = i;
      } else if (parameter.binding() != Binding.PAYLOAD) {
        return problem("parameter " + parameter.name() + " is bound from an HTTP request, which a task has not", i);
      } else if (input >= 0) {
        return problem("it takes two state inputs (" + model.parameters().get(input).name() + ", "
            + parameter.name() + ")", i);
      } else {
        input = i;
      }
    }
    if (model.returnType().kind() == ReturnModel.Kind.HTTP_RESPONSE) {
      return problem("it returns an HTTP response, but a task's result is JSON", -1);
    }
    return new TaskShape(input, token, null, -1);
  }

  private static TaskShape problem(String problem, int at) {
    return new TaskShape(-1, -1, problem, at);
  }

  boolean valid() {
    return problem == null;
  }

  /** Whether the task waits for its callback token ({@code .waitForTaskToken}). */
  boolean waits() {
    return token >= 0;
  }
}
