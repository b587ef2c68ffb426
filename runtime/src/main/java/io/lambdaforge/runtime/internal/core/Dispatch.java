package io.lambdaforge.runtime.internal.core;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * One adapter's event path: read the event (bounded), offer it to the adapter's families in order,
 * the first that claims it answers; an event none claims goes to the catch-all (direct invoke) or,
 * without one, is refused with an {@link IllegalArgumentException} that surfaces as a function
 * error. Composed once per execution environment (a static field of the generated adapter);
 * thread-safe; the per-invocation path allocates nothing beyond the event bytes.
 */
public final class Dispatch {
  private final String function;
  private final EventHandler[] families;
  private final EventHandler catchAll;

  private Dispatch(String function, EventHandler[] families, EventHandler catchAll) {
    this.function = function;
    this.families = families;
    this.catchAll = catchAll;
  }

  /**
   * The dispatch of function {@code function}: {@code families} in the order they are asked, and
   * {@code catchAll} (null for none) for the events none of them claims.
   */
  public static Dispatch of(String function, List<EventHandler> families, EventHandler catchAll) {
    if (function == null || function.isEmpty()) {
      throw new IllegalArgumentException("function name must not be empty");
    }
    if (families.isEmpty() && catchAll == null) {
      throw new IllegalArgumentException("function '" + function + "' has no event families");
    }
    return new Dispatch(function, families.toArray(new EventHandler[0]), catchAll);
  }

  /** Handles one invocation. */
  public void handle(InputStream input, OutputStream output, Context context) throws IOException {
    byte[] event = EventBytes.read(input, function);
    for (EventHandler family : families) {
      if (family.handle(event, output, context)) {
        return;
      }
    }
    if (catchAll == null) {
      throw new IllegalArgumentException(Refusal.message(function, families, event));
    }
    catchAll.handle(event, output, context);
  }

  /** Whether events no family claims go to a catch-all. */
  public boolean hasCatchAll() {
    return catchAll != null;
  }
}
