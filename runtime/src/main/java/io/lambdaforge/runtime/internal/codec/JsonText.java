package io.lambdaforge.runtime.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * The JSON text of one value written by a codec, held in a character buffer that is kept, with
 * the generator writing into it, from one invocation to the next: an HTTP response carries its
 * body as a JSON string, which the response generator escapes straight from these characters, so a
 * warm invocation creates no generator and no {@code String} for its body. The text is the same
 * {@link Streams#tryWriteString} returns.
 *
 * <p>One holder serves one invocation at a time (its owner lends it out, as the event buffer); the
 * text is valid until the next {@link #tryWrite}. A generator that failed, or that a codec left
 * inside a value, is dropped and the next write starts a new one; a buffer grown past
 * {@link #MAX_KEPT_CHARS} is let go of by {@link #trim}.
 */
public final class JsonText {
  /** Characters kept between invocations; a longer text's buffer is dropped after use. */
  static final int MAX_KEPT_CHARS = 32 * 1024;

  private final Sink sink = new Sink();
  private JsonGenerator generator;

  /**
   * {@code value} written with {@code codec} ({@code null} as JSON null): {@code true} with the
   * text in {@link #chars()}[0, {@link #length()}), or {@code false} when the codec cannot write it
   * (the caller then writes with databind).
   */
  public <T> boolean tryWrite(JsonCodec<T> codec, T value) {
    sink.length = 0;
    JsonGenerator g = generator;
    generator = null; // kept again only if this write ends cleanly
    try {
      if (g == null) {
        g = Streams.FACTORY.createGenerator(sink);
        g.setRootValueSeparator(null); // values follow one another with nothing between them
      }
      if (value == null) {
        g.writeNull();
      } else {
        codec.write(g, value);
      }
      g.flush();
      if (!g.getOutputContext().inRoot()) {
        return false; // a codec that returned inside a value wrote no complete JSON
      }
      generator = g;
      return true;
    } catch (IOException | RuntimeException notForTheCodec) {
      return false;
    }
  }

  /** The buffer holding the text: characters [0, {@link #length()}). */
  public char[] chars() {
    return sink.chars;
  }

  /** The number of characters of the text. */
  public int length() {
    return sink.length;
  }

  /** Lets go of a buffer grown past {@link #MAX_KEPT_CHARS} (after the text was used). */
  public void trim() {
    if (sink.chars.length > MAX_KEPT_CHARS) {
      sink.chars = new char[Sink.INITIAL];
      sink.length = 0;
    }
  }

  /** The text, as a new string. */
  @Override
  public String toString() {
    return new String(sink.chars, 0, sink.length);
  }

  /** A {@link Writer} appending to a growable array; flushing and closing do nothing. */
  private static final class Sink extends Writer {
    static final int INITIAL = 512;
    char[] chars = new char[INITIAL];
    int length;

    @Override
    public void write(char[] source, int offset, int count) {
      ensure(count);
      System.arraycopy(source, offset, chars, length, count);
      length += count;
    }

    @Override
    public void write(int c) {
      ensure(1);
      chars[length++] = (char) c;
    }

    @Override
    public void write(String source, int offset, int count) {
      ensure(count);
      source.getChars(offset, offset + count, chars, length);
      length += count;
    }

    private void ensure(int more) {
      if (more > chars.length - length) {
        // the limit of Streams' read constraints is far below this; an overflow is an error
        chars = Arrays.copyOf(chars, Math.max(Math.addExact(length, more), chars.length * 2));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
