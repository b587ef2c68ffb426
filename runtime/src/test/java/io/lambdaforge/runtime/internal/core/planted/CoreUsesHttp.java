package io.lambdaforge.runtime.internal.core.planted;

import io.lambdaforge.runtime.internal.http.HttpDispatcher;

/** Planted violation for RuntimeArchitectureTest: the core naming a family outside the registry. */
public final class CoreUsesHttp {
  private CoreUsesHttp() {}

  public static int limit() {
    return HttpDispatcher.MAX_EVENT_BYTES + HttpDispatcher.builder("planted").hashCode();
  }
}
