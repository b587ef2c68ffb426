package io.lambdaforge.processor.family.s3batch;

import com.palantir.javapoet.ClassName;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;

/**
 * Whether a method is an S3 Batch task handler: one {@code S3BatchTask} parameter (besides an
 * optional {@code Context}) and an {@code S3BatchResult} result. Either valid or the reason it is
 * not, with the parameter to point at ({@code -1}: the method).
 */
record S3BatchShape(String problem, int parameter) {
  static final String EVENTS = "io.lambdaforge.events.s3batch";
  static final ClassName TASK = ClassName.get(EVENTS, "S3BatchTask");
  static final ClassName RESULT = ClassName.get(EVENTS, "S3BatchResult");
  /** What a diagnostic offers instead. */
  static final String SIGNATURES = "S3BatchResult process(S3BatchTask task) or S3BatchResult process(S3BatchTask task, Context context)";

  static S3BatchShape of(FunctionModel model) {
    ParameterModel task = null;
    int index = -1;
    for (int i = 0; i < model.parameters().size(); i++) {
      ParameterModel parameter = model.parameters().get(i);
      if (parameter.binding() == Binding.CONTEXT) {
        continue;
      }
      if (task != null) {
        return new S3BatchShape("it takes more than the task (" + task.name() + ", " + parameter.name() + ")", i);
      }
      task = parameter;
      index = i;
    }
    if (task == null) {
      return new S3BatchShape("it takes no S3BatchTask parameter", -1);
    }
    if (!task.type().equals(TASK)) {
      return new S3BatchShape("parameter " + task.name() + " is a " + task.type() + ", not an " + TASK, index);
    }
    ReturnModel returns = model.returnType();
    if (returns.kind() == ReturnModel.Kind.VOID || !returns.type().equals(RESULT)) {
      return new S3BatchShape("a task is answered with " + RESULT + ", not "
          + (returns.kind() == ReturnModel.Kind.VOID ? "void" : returns.type()), -1);
    }
    return new S3BatchShape(null, index);
  }

  boolean valid() {
    return problem == null;
  }
}
