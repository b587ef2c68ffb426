package io.lambdaforge.runtime.internal.core;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One adapter's event path: read the event (bounded), offer it to the adapter's families in order,
 * the first that claims it answers; an event none claims goes to the catch-all (direct invoke) or,
 * without one, is refused with an {@link IllegalArgumentException} that surfaces as a function
 * error. Composed once per execution environment (a static field of the generated adapter);
 * thread-safe.
 *
 * <p>The event is read into a buffer the dispatch keeps from one invocation to the next (Lambda
 * runs one invocation at a time per execution environment; concurrent callers, as in local tools,
 * each get a buffer of their own), so an invocation does not copy its event into a new array:
 * the families decode from {@code bytes[0, length)}. That is only safe when nothing that points
 * into the event outlives the invocation; a function whose method keeps such a view (the HTTP
 * request view, a raw payload stream) is composed with {@code eventOutlivesInvocation} and gets a
 * fresh array per event. An event longer than {@value #MAX_KEPT_BYTES} bytes is read into a
 * buffer of its own that is not kept, so a rare large event does not pin its memory.
 */
public final class Dispatch {
  private final String function;
  private final EventHandler[] families;
  private final EventHandler catchAll;
  /** Largest buffer kept for the next invocation. */
  static final int MAX_KEPT_BYTES = 64 * 1024;
  /** The buffer kept between invocations (null while one holds it); null when events need their own array. */
  private final AtomicReference<EventBytes.Buffer> spare;

  private Dispatch(String function, EventHandler[] families, EventHandler catchAll, boolean reuse) {
    this.function = function;
    this.families = families;
    this.catchAll = catchAll;
    this.spare = reuse ? new AtomicReference<>(new EventBytes.Buffer()) : null;
  }

  /**
   * The dispatch of function {@code function}: {@code families} in the order they are asked, and
   * {@code catchAll} (null for none) for the events none of them claims.
   */
  public static Dispatch of(String function, List<EventHandler> families, EventHandler catchAll) {
    return of(function, families, catchAll, false);
  }

  /**
   * As {@link #of(String, List, EventHandler)}; {@code eventOutlivesInvocation} when a family may
   * hand the function something that reads the event's bytes after the invocation returns (each
   * event then gets an array of its own instead of the reused buffer).
   */
  public static Dispatch of(String function, List<EventHandler> families, EventHandler catchAll,
      boolean eventOutlivesInvocation) {
    if (function == null || function.isEmpty()) {
      throw new IllegalArgumentException("function name must not be empty");
    }
    if (families.isEmpty() && catchAll == null) {
      throw new IllegalArgumentException("function '" + function + "' has no event families");
    }
    return new Dispatch(function, families.toArray(new EventHandler[0]), catchAll, !eventOutlivesInvocation);
  }

  /** Handles one invocation. */
  public void handle(InputStream input, OutputStream output, Context context) throws IOException {
    if (spare == null) {
      byte[] event = EventBytes.read(input, function);
      dispatch(event, event.length, output, context);
      return;
    }
    EventBytes.Buffer buffer = spare.getAndSet(null);
    if (buffer == null) {
      buffer = new EventBytes.Buffer(); // another thread holds the kept one
    }
    try {
      EventBytes.fill(buffer, input, function);
      dispatch(buffer.bytes, buffer.length, output, context);
    } finally {
      if (buffer.bytes != null && buffer.bytes.length > MAX_KEPT_BYTES) {
        buffer.bytes = null;
      }
      spare.setRelease(buffer);
    }
  }

  private void dispatch(byte[] event, int length, OutputStream output, Context context) throws IOException {
    for (EventHandler family : families) {
      if (family.handle(event, length, output, context)) {
        return;
      }
    }
    if (catchAll == null) {
      throw new IllegalArgumentException(Refusal.message(function, families, event, length));
    }
    catchAll.handle(event, length, output, context);
  }

  /** Whether events are read into a buffer kept between invocations (see the class comment). */
  public boolean reusesEventBuffer() {
    return spare != null;
  }

  /** Whether events no family claims go to a catch-all. */
  public boolean hasCatchAll() {
    return catchAll != null;
  }
}
