package io.lambdaforge.processor.architecture;

import io.lambdaforge.annotations.Source;

/** Planted for ProcessorArchitectureTest: a core class comparing a source constant. */
public final class PlantedSourceComparison {
  static boolean isAlb(Source source) {
    return source == Source.ALB;
  }
}
