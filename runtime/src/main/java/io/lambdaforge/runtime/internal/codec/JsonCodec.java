package io.lambdaforge.runtime.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * A reader and writer of one type on jackson-core's streaming API, generated at compile time by
 * the processor for a type it can see fully. A codec accepts only the exact tokens databind itself
 * writes for the type; anything else (coercions, unknown enum names, limits) throws, and the caller
 * then reads the same bytes with databind under the shared configuration ({@link Fallback}), so
 * results and error messages are databind's. Writers produce databind's bytes exactly.
 *
 * @param <T> the type (boxed for primitives)
 */
public interface JsonCodec<T> {
  /** Reads one value; the parser is on the value's first token, and is left on its last. */
  T read(JsonParser parser) throws IOException;

  /** Writes {@code value}, which is never {@code null}. */
  void write(JsonGenerator generator, T value) throws IOException;

  /** The declared type, for the databind fallback. */
  Type type();
}
