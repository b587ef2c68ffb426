package io.lambdaforge.descriptor.family.stepfunctions;

import io.lambdaforge.descriptor.family.SourceFamily;
import io.lambdaforge.descriptor.family.TriggerFields;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * AWS Step Functions tasks ({@code arn:aws:states:::lambda:invoke},
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html): method {@code ANY}, no
 * path. The template adds nothing: the state machine's execution role is what allows {@code
 * lambda:InvokeFunction} on the function, an identity-based policy, so the function needs no
 * resource-based permission (https://docs.aws.amazon.com/step-functions/latest/dg/procedure-create-iam-role.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/permissions-granting-access.html); the state machine
 * refers to the function by the ARN the template already outputs ({@code <Function>Arn}). Step
 * Functions bills its state transitions to the state machine, so the function's cost is Lambda's,
 * from traffic.
 */
public final class StepFunctionsFamily implements SourceFamily {
  private static final Set<TriggerSource> SOURCES =
      Collections.unmodifiableSet(EnumSet.of(TriggerSource.STEP_FUNCTIONS));

  /** A Step Functions task trigger. */
  public static TriggerSpec trigger() {
    return new TriggerSpec(TriggerSource.STEP_FUNCTIONS, "ANY", "", 0, false);
  }

  @Override
  public String name() {
    return "stepfunctions";
  }

  @Override
  public Set<TriggerSource> sources() {
    return SOURCES;
  }

  @Override
  public boolean routesByMethodAndPath() {
    return false;
  }

  @Override
  public TriggerFields normalise(TriggerSource source, TriggerFields given) {
    return TriggerFields.NO_ROUTE;
  }
}
