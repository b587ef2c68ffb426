package io.lambdaforge.descriptor.family.sdk;

import io.lambdaforge.descriptor.family.RoutelessFamily;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;

/**
 * Direct invoke (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html): method {@code
 * ANY}, no path, nothing in the template, cost from traffic only.
 */
public final class SdkFamily extends RoutelessFamily {
  public SdkFamily() {
    super("sdk", TriggerSource.SDK);
  }

  /** A direct SDK/CLI invoke trigger. */
  public static TriggerSpec trigger() {
    return new TriggerSpec(TriggerSource.SDK, "ANY", "", 0, false);
  }
}
