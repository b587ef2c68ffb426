package Lambdaforge;

/**
 * The event of a function that takes a {@code TaskToken} lacks the token: the {@code Task} state's
 * {@code Parameters} must pass {@code {"Input.$": "$", "TaskToken.$": "$$.Task.Token"}} as the
 * payload, as the generated ASL fragment does
 * (https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token).
 * Its binary name, {@code Lambdaforge.TaskTokenMissing}, is the {@code errorType} Lambda reports.
 */
public final class TaskTokenMissing extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The event of {@code functionName} is not the envelope; {@code problem} says how. */
  public TaskTokenMissing(String functionName, String problem) {
    super("function " + functionName + " waits for a task token, but " + problem + "; pass"
        + " \"Payload\": {\"Input.$\": \"$\", \"TaskToken.$\": \"$$.Task.Token\"} in the state's"
        + " Parameters (the generated META-INF/lambdaforge/stepfunctions/" + functionName
        + ".asl.json does)");
  }
}
