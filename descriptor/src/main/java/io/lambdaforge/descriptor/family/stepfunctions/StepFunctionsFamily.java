package io.lambdaforge.descriptor.family.stepfunctions;

import io.lambdaforge.descriptor.family.RoutelessFamily;
import io.lambdaforge.descriptor.family.TriggerFields;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;

/**
 * AWS Step Functions tasks ({@code arn:aws:states:::lambda:invoke},
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html): method {@code ANY}; the
 * path is the task state's {@code Resource}, which says whether it waits for the callback token. The template adds nothing: the state machine's execution role is what allows {@code
 * lambda:InvokeFunction} on the function, an identity-based policy, so the function needs no
 * resource-based permission (https://docs.aws.amazon.com/step-functions/latest/dg/lambda-iam.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/permissions-granting-access.html); the state machine
 * refers to the function by the ARN the template already outputs ({@code <Function>Arn}). Step
 * Functions bills its state transitions to the state machine, so the function's cost is Lambda's,
 * from traffic.
 */
public final class StepFunctionsFamily extends RoutelessFamily {
  /** The {@code Resource} of a task that takes the function's result as its own. */
  public static final String INVOKE = "arn:aws:states:::lambda:invoke";
  /** The {@code Resource} of a task that waits for its callback token. */
  public static final String WAIT_FOR_TASK_TOKEN = INVOKE + ".waitForTaskToken";

  /**
   * A Step Functions task trigger; its path is the task state's {@code Resource}, {@link
   * #WAIT_FOR_TASK_TOKEN} when the function takes the callback token, else {@link #INVOKE}.
   */
  public static TriggerSpec trigger(boolean waitsForToken) {
    return new TriggerSpec(TriggerSource.STEP_FUNCTIONS, "ANY", waitsForToken ? WAIT_FOR_TASK_TOKEN : INVOKE, 0, false);
  }

  public StepFunctionsFamily() {
    super("stepfunctions", TriggerSource.STEP_FUNCTIONS);
  }

  @Override
  public TriggerFields normalise(TriggerSource source, TriggerFields given) {
    if (!given.path().equals(INVOKE) && !given.path().equals(WAIT_FOR_TASK_TOKEN)) {
      throw new IllegalArgumentException("a STEP_FUNCTIONS trigger's path is the task state's Resource, got \""
          + given.path() + "\"; write " + INVOKE + " or " + WAIT_FOR_TASK_TOKEN);
    }
    return new TriggerFields("ANY", given.path(), 0, false);
  }
}
