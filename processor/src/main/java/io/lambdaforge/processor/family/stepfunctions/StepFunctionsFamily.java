package io.lambdaforge.processor.family.stepfunctions;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.FamilyFile;
import io.lambdaforge.processor.family.SingleSourceFamily;
import io.lambdaforge.processor.family.SingleTriggers;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.DeclaredError;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * AWS Step Functions tasks (https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html):
 * the state input binds to the method's input, its result is the task's; a {@code TaskToken}
 * parameter makes the state wait for the callback. Each exception of the {@code throws} clause is
 * reported under its error name ({@code @ErrorName}, else its simple name, with a note): the
 * family generates a class of that binary name per name (Lambda's {@code errorType} is the thrown
 * class's name, under AWS's runtime client as under {@code Bootstrap}) and the function's ASL
 * fragment.
 */
public final class StepFunctionsFamily extends SingleSourceFamily {
  /** Reported when a result is over the 262,144 bytes of a state's output. */
  static final String RESULT_TOO_LARGE = "Lambdaforge.ResultTooLarge";
  /** Reported when a waiting task's event lacks the token. */
  static final String TASK_TOKEN_MISSING = "Lambdaforge.TaskTokenMissing";
  /** The longest error name whose {@code Fail} state name ("Caught " + name) fits a state name's 80 characters. */
  static final int MAX_ERROR_NAME = 80 - "Caught ".length();

  public StepFunctionsFamily() {
    super("stepfunctions", Source.STEP_FUNCTIONS, TriggerSource.STEP_FUNCTIONS);
  }

  @Override
  public void checkTrigger(FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    SingleTriggers.checkNoHttpAttributes(Message.STEPFN_TRIGGER_ATTRIBUTE, model, site, i, reports);
  }

  @Override
  public void checkShape(FunctionModel model, FunctionSite site, List<Report> reports) {
    if (!appliesTo(model)) {
      for (int i = 0; i < model.parameters().size(); i++) {
        if (model.parameters().get(i).type().equals(TaskShape.TASK_TOKEN)) {
          reports.add(Report.error(Message.STEPFN_TASK_TOKEN_WITHOUT_TRIGGER, site.parameter(i),
              model.parameters().get(i).name(), model.qualifiedMethod()));
        }
      }
      return;
    }
    int first = SingleTriggers.first(model, Source.STEP_FUNCTIONS);
    if (model.triggers().size() > 1) {
      String others = SingleTriggers.othersThan(model, first);
      reports.add(Report.error(Message.STEPFN_ONLY_TRIGGER, site.trigger(first), others));
      return;
    }
    TaskShape shape = TaskShape.of(model);
    boolean httpBinding = shape.at() >= 0 && model.parameters().get(shape.at()).binding().isHttp();
    if (!shape.valid() && !httpBinding) { // the HTTP family reports an HTTP binding without an HTTP trigger
      reports.add(Report.error(Message.STEPFN_SHAPE,
          shape.at() >= 0 ? site.parameter(shape.at()) : site.methodPosition(), model.qualifiedMethod(), shape.problem()));
    }
    for (DeclaredError error : model.declaredErrors()) {
      String problem = problem(error);
      if (problem != null) {
        reports.add(Report.error(Message.STEPFN_ERROR_NAME, site.methodPosition(), error.errorName(),
            error.type(), model.qualifiedMethod(), problem));
      } else if (!error.annotated()) {
        reports.add(Report.note(Message.STEPFN_SIMPLE_NAME, site.methodPosition(), error.type(),
            model.qualifiedMethod(), error.errorName(), error.errorName()));
      }
    }
  }

  /** Why {@code error}'s name cannot be a generated class's binary name, or null. */
  private static String problem(DeclaredError error) {
    String name = error.errorName();
    if (name.isEmpty()) {
      return "it is empty";
    }
    if (name.length() > MAX_ERROR_NAME) {
      return "it has " + name.length() + " characters, over " + MAX_ERROR_NAME + " (its Fail state's name holds 80)";
    }
    if (SourceVersion.isKeyword(name)) {
      return "it is a Java keyword";
    }
    if (!SourceVersion.isIdentifier(name)) {
      return name.contains(".") ? "it has dots (Step Functions reserves States., Lambda. names its own errors)"
          : "it is not a Java identifier";
    }
    return null;
  }

  /** A task adapter hosts no other family (the only-trigger rule sees to it). */
  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests) {
    TaskShape shape = TaskShape.of(model);
    return guests.isEmpty() && shape.valid() ? Optional.of(new TaskAdapterGenerator(shape)) : Optional.empty();
  }

  /** One error class (and its service line) per name the function throws, and the ASL fragment. */
  @Override
  public List<FamilyFile> files(FunctionModel model) {
    List<FamilyFile> files = new ArrayList<>();
    for (DeclaredError error : model.declaredErrors()) {
      if (!error.reportsItsName()) {
        files.add(new FamilyFile.SourceFile(error.errorName(), ErrorClassGenerator.generate(error.errorName())));
        files.add(new FamilyFile.ServiceProvider(ErrorClassGenerator.FACTORY.canonicalName(),
            error.errorName() + "$" + ErrorClassGenerator.FACTORY_CLASS));
      }
    }
    files.add(new FamilyFile.Resource(AslFragment.path(model.functionName()),
        AslFragment.render(model, TaskShape.of(model).waits(), declaredNames(model))));
    return files;
  }

  /** The declared names, sorted, then Lambdaforge's own. */
  @Override
  public List<String> errorNames(FunctionModel model) {
    List<String> names = new ArrayList<>(declaredNames(model));
    names.add(RESULT_TOO_LARGE);
    if (TaskShape.of(model).waits()) {
      names.add(TASK_TOKEN_MISSING);
    }
    return names;
  }

  private static List<String> declaredNames(FunctionModel model) {
    TreeSet<String> names = new TreeSet<>();
    model.declaredErrors().forEach(e -> names.add(e.errorName()));
    return List.copyOf(names);
  }

  /** The deployment model names the task state's {@code Resource}: whether it waits for the token. */
  @Override
  public String triggerPath(FunctionModel model, TriggerModel trigger) {
    return TaskShape.of(model).waits() ? AslFragment.WAIT_FOR_TOKEN : AslFragment.INVOKE;
  }

}
