package io.lambdaforge.runtime.internal.cognito;

import io.lambdaforge.runtime.internal.core.Dispatch;
import java.util.List;

/** What a generated Cognito adapter calls once, in its static initialiser. */
public final class CognitoAdapter {
  private CognitoAdapter() {}

  /**
   * The dispatch of function {@code function}, which implements the trigger whose request record is
   * {@code request}; events of other sources or triggers are refused.
   */
  public static Dispatch dispatch(String function, Class<?> request, CognitoInvoker invoker) {
    return Dispatch.of(function, List.of(new CognitoHandler(function, TriggerKind.of(request), invoker)), null);
  }
}
