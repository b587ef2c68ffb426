package io.lambdaforge.runtime.planted;

import io.lambdaforge.annotations.Source;

/** Planted violation for RuntimeArchitectureTest: a non-family class comparing a source constant. */
public final class ComparesSource {
  private ComparesSource() {}

  public static boolean isAlb(Source source) {
    return source == Source.ALB;
  }
}
