package io.lambdaforge.processor.architecture;

import io.lambdaforge.descriptor.model.TriggerSource;

/** Planted for ProcessorArchitectureTest: a core class switching on the descriptor's sources. */
public final class PlantedTriggerSourceSwitch {
  static String family(TriggerSource source) {
    switch (source) {
      case SDK:
        return "sdk";
      default:
        return "http";
    }
  }
}
