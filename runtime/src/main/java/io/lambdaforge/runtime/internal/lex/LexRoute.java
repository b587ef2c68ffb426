package io.lambdaforge.runtime.internal.lex;

import java.util.Objects;

/**
 * One intent handler of a bot function: intent {@code intent}, for {@code invocationSource}
 * {@code hook} ({@code DialogCodeHook}, {@code FulfillmentCodeHook}, or null for both).
 */
public record LexRoute(String intent, String hook, LexInvoker invoker) {
  public LexRoute {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(invoker, "invoker");
  }
}
