package io.lambdaforge.runtime.internal.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.StringWriter;

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

  private static <T> T tryRead(JsonCodec<T> codec, JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null || first == JsonToken.VALUE_NULL) {
      return null;
    }
    return codec.read(parser);
  }

  /**
   * {@code value} written with {@code codec} as UTF-8 JSON ({@code null} for a null value), or
   * {@code null} when the codec cannot write it (a subclass it does not know): the caller then
   * writes with databind.
   */
  public static <T> byte[] tryWrite(JsonCodec<T> codec, T value) {
    try (ByteArrayBuilder buffer = new ByteArrayBuilder()) {
      try (JsonGenerator generator = FACTORY.createGenerator(buffer)) {
        if (value == null) {
          generator.writeNull();
        } else {
          codec.write(generator, value);
        }
      }
      return buffer.toByteArray();
    } catch (IOException | RuntimeException notForTheCodec) {
      return null;
    }
  }

  /** Like {@link #tryWrite} but as text (what databind's {@code writeValueAsString} returns). */
  public static <T> String tryWriteString(JsonCodec<T> codec, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      if (value == null) {
        generator.writeNull();
      } else {
        codec.write(generator, value);
      }
    } catch (IOException | RuntimeException notForTheCodec) {
      return null;
    }
    return text.toString();
  }
}
