package io.lambdaforge.descriptor.planted;

import io.lambdaforge.descriptor.family.http.HttpFamily;

/** A planted violation: core code that reaches into a family package instead of the registry. */
public final class PlantedCoreUsesFamily {
  private PlantedCoreUsesFamily() {}

  public static String name() {
    return new HttpFamily().name();
  }
}
