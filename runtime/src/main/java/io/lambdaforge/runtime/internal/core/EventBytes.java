package io.lambdaforge.runtime.internal.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads one event whole, refusing it once it passes {@link #MAX_EVENT_BYTES}: Lambda's 6 MB
 * synchronous invocation payload limit
 * (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
 */
public final class EventBytes {
  /** Largest event accepted, Lambda's 6 MB synchronous invocation payload limit. */
  public static final int MAX_EVENT_BYTES = 6 * 1024 * 1024;
  /** First buffer size when the stream does not announce its length. */
  private static final int INITIAL_READ_BYTES = 8 * 1024;

  private EventBytes() {}

  /**
   * The whole event, refused with an {@link IllegalArgumentException} naming {@code function} once
   * it passes {@link #MAX_EVENT_BYTES} (reading at most one byte more). The buffer starts at the size
   * {@code available()} announces, which is exact for the in-memory stream a runtime hands over, so
   * the usual event costs one array of its own size.
   */
  public static byte[] read(InputStream input, String function) throws IOException {
    int hint = Math.min(Math.max(input.available(), 0), MAX_EVENT_BYTES);
    byte[] buffer = new byte[hint > 0 ? hint : INITIAL_READ_BYTES];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        int next = input.read(); // whether the stream ends exactly here, before growing
        if (next < 0) {
          return buffer;
        }
        if (length == MAX_EVENT_BYTES) {
          throw new IllegalArgumentException("Function '" + function + "' refused an event larger than "
              + MAX_EVENT_BYTES + " bytes (Lambda's synchronous payload limit)");
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, MAX_EVENT_BYTES));
        buffer[length++] = (byte) next;
        continue;
      }
      int read = input.read(buffer, length, buffer.length - length);
      if (read < 0) {
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
      }
      length += read;
    }
  }
}
