package io.lambdaforge.processor.family;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.model.FunctionModel;

/**
 * A family of exactly one source (every family but HTTP): its name, the source it owns, which
 * functions it applies to (those with a trigger of the source) and the source's descriptor name.
 */
public abstract class SingleSourceFamily implements SourceFamily {
  private final String name;
  private final Source source;
  private final TriggerSource triggerSource;

  protected SingleSourceFamily(String name, Source source, TriggerSource triggerSource) {
    this.name = name;
    this.source = source;
    this.triggerSource = triggerSource;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final boolean owns(Source candidate) {
    return candidate == source;
  }

  @Override
  public boolean appliesTo(FunctionModel model) {
    return model.triggers().stream().anyMatch(t -> t.source() == source);
  }

  @Override
  public final TriggerSource triggerSource(Source candidate) {
    if (candidate != source) {
      throw new IllegalArgumentException(candidate + " is not the " + source + " source");
    }
    return triggerSource;
  }
}
