package io.lambdaforge.runtime.internal.alexa;

import java.util.Objects;

/** The handler of intent {@code intent} of a skill function. */
public record AlexaRoute(String intent, AlexaInvoker invoker) {
  public AlexaRoute {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(invoker, "invoker");
  }
}
