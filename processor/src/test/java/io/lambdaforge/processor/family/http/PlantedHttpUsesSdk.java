package io.lambdaforge.processor.family.http;

import io.lambdaforge.processor.family.sdk.SdkFamily;

/** Planted for ProcessorArchitectureTest: the HTTP family using the SDK family directly. */
public final class PlantedHttpUsesSdk {
  static String sdk() {
    return new SdkFamily().name();
  }
}
