package io.lambdaforge.descriptor.planted;

import io.lambdaforge.descriptor.model.TriggerSource;

/** A planted violation: core code (not a family package) that compares with a source constant. */
public final class PlantedCoreCompare {
  private PlantedCoreCompare() {}

  public static boolean isSdk(TriggerSource source) {
    return source == TriggerSource.SDK;
  }
}
