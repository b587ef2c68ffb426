package io.lambdaforge.descriptor.family.http;

import io.lambdaforge.descriptor.family.sdk.SdkFamily;

/** A planted violation: the HTTP family depending on the SDK family. */
public final class PlantedHttpUsesSdk {
  private PlantedHttpUsesSdk() {}

  public static boolean routes() {
    return new SdkFamily().routesByMethodAndPath();
  }
}
