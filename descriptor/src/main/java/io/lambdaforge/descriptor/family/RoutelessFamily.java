package io.lambdaforge.descriptor.family;

import io.lambdaforge.descriptor.model.TriggerSource;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A family of one source that invokes the function without a method and path (a service calling it:
 * Cognito, Step Functions, S3 Batch, Firehose, Lex, Alexa, direct invoke): its name and source, no
 * routing, and triggers normalised to {@link TriggerFields#NO_ROUTE} unless the family keeps a field.
 */
public abstract class RoutelessFamily implements SourceFamily {
  private final String name;
  private final Set<TriggerSource> sources;

  protected RoutelessFamily(String name, TriggerSource source) {
    this.name = name;
    this.sources = Collections.unmodifiableSet(EnumSet.of(source));
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<TriggerSource> sources() {
    return sources;
  }

  @Override
  public final boolean routesByMethodAndPath() {
    return false;
  }

  @Override
  public TriggerFields normalise(TriggerSource source, TriggerFields given) {
    return TriggerFields.NO_ROUTE;
  }
}
