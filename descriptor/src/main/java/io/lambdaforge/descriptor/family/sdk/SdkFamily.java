package io.lambdaforge.descriptor.family.sdk;

import io.lambdaforge.descriptor.family.SourceFamily;
import io.lambdaforge.descriptor.family.TriggerFields;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Direct invoke (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html): method {@code
 * ANY}, no path, nothing in the template, cost from traffic only.
 */
public final class SdkFamily implements SourceFamily {
  private static final Set<TriggerSource> SOURCES = Collections.unmodifiableSet(EnumSet.of(TriggerSource.SDK));

  /** A direct SDK/CLI invoke trigger. */
  public static TriggerSpec trigger() {
    return new TriggerSpec(TriggerSource.SDK, "ANY", "", 0, false);
  }

  @Override
  public String name() {
    return "sdk";
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
