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
    Buffer read = new Buffer();
    int hint = hint(input);
    read.bytes = new byte[hint > 0 ? hint : INITIAL_READ_BYTES];
    fill(read, input, function);
    return read.length == read.bytes.length ? read.bytes : Arrays.copyOf(read.bytes, read.length);
  }

  /**
   * Reads the whole event into {@code buffer}, keeping its array when the event fits (growing it
   * otherwise), with {@link #read}'s limit: {@code buffer.bytes[0, buffer.length)} is the event.
   */
  static void fill(Buffer buffer, InputStream input, String function) throws IOException {
    int hint = hint(input);
    if (buffer.bytes == null || buffer.bytes.length < hint) {
      buffer.bytes = new byte[Math.max(hint, INITIAL_READ_BYTES)];
    }
    byte[] bytes = buffer.bytes;
    int length = 0;
    while (true) {
      if (length == bytes.length) {
        int next = input.read(); // whether the stream ends exactly here, before growing
        if (next < 0) {
          break;
        }
        if (length == MAX_EVENT_BYTES) {
          throw new IllegalArgumentException("Function '" + function + "' refused an event larger than "
              + MAX_EVENT_BYTES + " bytes (Lambda's synchronous payload limit)");
        }
        bytes = Arrays.copyOf(bytes, (int) Math.min(2L * bytes.length, MAX_EVENT_BYTES));
        bytes[length++] = (byte) next;
        continue;
      }
      int read = input.read(bytes, length, bytes.length - length);
      if (read < 0) {
        break;
      }
      length += read;
    }
    buffer.bytes = bytes;
    buffer.length = length;
  }

  private static int hint(InputStream input) throws IOException {
    return Math.min(Math.max(input.available(), 0), MAX_EVENT_BYTES);
  }

  /**
   * An event read into an array that may be longer: the event is {@code bytes[0, length)}. One per
   * execution environment, reused from invocation to invocation by {@link Dispatch} when nothing
   * of an event outlives its invocation.
   */
  static final class Buffer {
    byte[] bytes;
    int length;
  }
}
