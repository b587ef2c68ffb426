package io.lambdaforge.processor.architecture;

import io.lambdaforge.processor.family.sdk.SdkFamily;

/** Planted for ProcessorArchitectureTest: a core class reaching a family without the registry. */
public final class PlantedCoreUsesFamily {
  static String name() {
    return new SdkFamily().name();
  }
}
