package io.lambdaforge.runtime.internal.http.planted;

import io.lambdaforge.runtime.internal.sdk.Rethrow;

/** Planted violation for RuntimeArchitectureTest: the HTTP family reaching into the SDK family. */
public final class HttpUsesSdk {
  private HttpUsesSdk() {}

  public static RuntimeException rethrow(Exception e) {
    return Rethrow.unchecked(e);
  }
}
