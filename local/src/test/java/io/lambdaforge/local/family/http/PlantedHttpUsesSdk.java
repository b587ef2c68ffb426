package io.lambdaforge.local.family.http;

import io.lambdaforge.local.family.sdk.SdkFamily;

/**
 * A planted violation for {@code LocalArchitectureTest}: a class of the HTTP family that depends on
 * the SDK family. Never used.
 */
final class PlantedHttpUsesSdk {
  private PlantedHttpUsesSdk() {}

  static byte[] borrow(byte[] payload) {
    return SdkFamily.event(payload);
  }
}
