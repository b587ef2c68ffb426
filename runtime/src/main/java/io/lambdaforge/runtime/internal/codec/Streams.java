package io.lambdaforge.runtime.internal.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The one {@link JsonFactory} of the runtime, with the read limits of {@link Json} (nesting depth,
 * number and string length; docs/security.md). It is the factory of the shared databind mapper
 * too, but building it loads no databind class: event decoding and generated codecs use it
 * without touching {@code ObjectMapper}.
 */
public final class Streams {
  /** The shared factory (the limits are {@link Json}'s compile-time constants). */
  public static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(Json.MAX_NESTING_DEPTH)
                  .maxNumberLength(Json.MAX_NUMBER_LENGTH)
                  .maxStringLength(Json.MAX_STRING_LENGTH)
                  .build())
          .build();

  private Streams() {}

  /**
   * {@code bytes} read with {@code codec}, or {@code null} when the codec cannot read them (empty
   * input, JSON {@code null}, anything it does not accept): the caller then reads with databind.
   * Like databind's {@code readValue(byte[])}, content after the value is not read.
   */
  public static <T> T tryRead(JsonCodec<T> codec, byte[] bytes) {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      return tryRead(codec, parser);
    } catch (IOException | RuntimeException notForTheCodec) {
      return null;
    }
  }

  /**
   * The value at the start of {@code input} read with {@code codec}, as
   * {@link #tryRead(JsonCodec, byte[])} reads it from the same bytes, through Jackson's recycled
   * input buffer; {@code null} when the codec cannot read it, with the stream then at an unknown
   * position (callers {@code mark} it first, to read it again). The stream is not closed.
   */
  public static <T> T tryRead(JsonCodec<T> codec, InputStream input) {
    try (JsonParser parser = FACTORY.createParser(input)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return tryRead(codec, parser);
    } catch (IOException | RuntimeException notForTheCodec) {
      return null;
    }
  }

  /**
   * {@code text} read with {@code codec}, exactly as {@link #tryRead(JsonCodec, byte[])} reads its
   * UTF-8 encoding, without encoding it: the parser reads the characters through Jackson's recycled
   * buffers (an HTTP event's body arrives as a JSON string, so this saves the body's byte copy).
   */
  public static <T> T tryRead(JsonCodec<T> codec, String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return tryRead(codec, parser);
    } catch (IOException | RuntimeException notForTheCodec) {
      return null;
    }
  }

  /**
   * {@code chars[offset, offset + length)} read with {@code codec}, as {@link #tryRead(JsonCodec,
   * String)} reads the same text; the parser reads the array where it is, without a copy.
   */
  public static <T> T tryRead(JsonCodec<T> codec, char[] chars, int offset, int length) {
    try (JsonParser parser = FACTORY.createParser(chars, offset, length)) {
      return tryRead(codec, parser);
    } catch (IOException | RuntimeException notForTheCodec) {
      return null;
    }
  }

  private static <T> T tryRead(JsonCodec<T> codec, JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null || first == JsonToken.VALUE_NULL) {
      return null;
    }
    return codec.read(parser);
  }

  /**
   * {@code value} written with {@code codec} to {@code output} ({@code null} as JSON null), or
   * nothing and {@code false} when the codec cannot write it (the caller then writes with
   * databind). The JSON is built in Jackson's recycled buffer first, so a codec that gives up
   * halfway leaves {@code output} untouched.
   */
  public static <T> boolean tryWriteTo(JsonCodec<T> codec, T value, OutputStream output) throws IOException {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    ByteArrayBuilder buffer = new ByteArrayBuilder(recycler);
    try {
      try (JsonGenerator generator = FACTORY.createGenerator(buffer)) {
        if (value == null) {
          generator.writeNull();
        } else {
          codec.write(generator, value);
        }
      } catch (IOException | RuntimeException notForTheCodec) {
        return false;
      }
      int length = buffer.size();
      if (length == buffer.getCurrentSegmentLength()) {
        output.write(buffer.getCurrentSegment(), 0, length);
      } else {
        output.write(buffer.toByteArray());
      }
      return true;
    } finally {
      buffer.release();
      recycler.releaseToPool();
    }
  }

  /**
   * Like {@link #tryWriteTo} but as text (what databind's {@code writeValueAsString} returns, built
   * the way it builds it: in Jackson's recycled buffers, so only the string itself is allocated).
   */
  public static <T> String tryWriteString(JsonCodec<T> codec, T value) {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try (SegmentedStringWriter text = new SegmentedStringWriter(recycler)) {
      try (JsonGenerator generator = FACTORY.createGenerator(text)) {
        if (value == null) {
          generator.writeNull();
        } else {
          codec.write(generator, value);
        }
      }
      return text.getAndClear();
    } catch (IOException | RuntimeException notForTheCodec) {
      return null;
    } finally {
      recycler.releaseToPool();
    }
  }
}
