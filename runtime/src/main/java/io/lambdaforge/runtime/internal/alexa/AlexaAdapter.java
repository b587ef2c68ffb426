package io.lambdaforge.runtime.internal.alexa;

import io.lambdaforge.runtime.internal.core.Dispatch;
import java.util.List;

/** What a generated Alexa skill adapter calls once, in its static initialiser. */
public final class AlexaAdapter {
  private AlexaAdapter() {}

  /**
   * The dispatch of skill function {@code function} for skill {@code skillId}: {@code routes} answer
   * their intents, {@code fallback} (the {@code @Function} method) the launch and every other request
   * but the session's end; requests for another skill and events of other sources are refused.
   */
  public static Dispatch dispatch(String function, String skillId, List<AlexaRoute> routes, AlexaInvoker fallback) {
    return Dispatch.of(function, List.of(new AlexaHandler(function, skillId, routes, fallback)), null);
  }

  /** The handler of {@code intent}. */
  public static AlexaRoute route(String intent, AlexaInvoker invoker) {
    return new AlexaRoute(intent, invoker);
  }
}
