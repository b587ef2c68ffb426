package io.lambdaforge.descriptor.planted;

import io.lambdaforge.descriptor.model.TriggerSource;

/** A planted violation: core code (not a family package) that switches on a source constant. */
public final class PlantedCoreSwitch {
  private PlantedCoreSwitch() {}

  public static String wiring(TriggerSource source) {
    return switch (source) {
      case ALB -> "target group";
      default -> "event";
    };
  }
}
