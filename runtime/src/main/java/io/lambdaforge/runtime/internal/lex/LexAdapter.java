package io.lambdaforge.runtime.internal.lex;

import io.lambdaforge.events.lex.LexEvent;
import io.lambdaforge.runtime.internal.core.Dispatch;
import java.util.List;

/** What a generated Lex V2 bot adapter calls once, in its static initialiser. */
public final class LexAdapter {
  private LexAdapter() {}

  /**
   * The dispatch of bot function {@code function}: {@code routes} answer their intents, {@code
   * fallback} (the {@code @Function} method) every other; events of other sources are refused.
   */
  public static Dispatch dispatch(String function, List<LexRoute> routes, LexInvoker fallback) {
    return Dispatch.of(function, List.of(new LexHandler(function, routes, fallback)), null);
  }

  /** A handler of {@code intent} for both code hooks. */
  public static LexRoute route(String intent, LexInvoker invoker) {
    return new LexRoute(intent, null, invoker);
  }

  /** A handler of {@code intent} for the dialog code hook only. */
  public static LexRoute dialog(String intent, LexInvoker invoker) {
    return new LexRoute(intent, LexEvent.DIALOG_CODE_HOOK, invoker);
  }

  /** A handler of {@code intent} for the fulfillment code hook only. */
  public static LexRoute fulfillment(String intent, LexInvoker invoker) {
    return new LexRoute(intent, LexEvent.FULFILLMENT_CODE_HOOK, invoker);
  }
}
