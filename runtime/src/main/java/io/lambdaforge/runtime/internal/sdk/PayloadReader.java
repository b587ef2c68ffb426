package io.lambdaforge.runtime.internal.sdk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lambdaforge.runtime.internal.codec.Fallback;
import io.lambdaforge.runtime.internal.codec.JsonCodec;
import io.lambdaforge.runtime.internal.codec.Streams;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayInputStream;
import io.lambdaforge.runtime.internal.json.JsonProblems;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Reads a direct-invoke payload as one parameter type. Adapters build one per function in a static
 * field (the Jackson reader is resolved once, at init) and call {@link #read(InputStream)} per
 * invocation.
 *
 * <p>An empty payload or JSON {@code null} binds to {@code null}; for a primitive type it is a
 * {@link PayloadException}, as is any JSON that does not match the type or has trailing content.
 *
 * @param <T> the parameter type (boxed for primitives)
 */
public final class PayloadReader<T> {
  private final String functionName;
  private final String typeName;
  private final boolean primitive;
  private final JsonCodec<T> codec;
  /** Databind's reader; for a codec reader built on first use (the codec's fallback). */
  private ObjectReader reader;

  private PayloadReader(String functionName, Type type, boolean primitive, ObjectReader reader) {
    this.functionName = Objects.requireNonNull(functionName, "functionName");
    this.typeName = type.getTypeName();
    this.primitive = primitive;
    this.codec = null;
    this.reader = primitive ? reader.with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) : reader;
  }

  private PayloadReader(String functionName, JsonCodec<T> codec) {
    this.functionName = Objects.requireNonNull(functionName, "functionName");
    this.typeName = codec.type().getTypeName();
    this.primitive = codec.type() instanceof Class<?> c && c.isPrimitive();
    this.codec = codec;
  }

  /**
   * A reader with a generated codec: the payload is read with the codec, and with databind (same
   * results and errors as {@link #of(String, Class)}) when the codec does not accept it.
   */
  public static <T> PayloadReader<T> of(String functionName, JsonCodec<T> codec) {
    return new PayloadReader<>(functionName, codec);
  }

  private ObjectReader reader() {
    if (reader == null) {
      ObjectReader r = Fallback.reader(codec);
      reader = primitive ? r.with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) : r;
    }
    return reader;
  }

  /** A reader of a non-generic type, e.g. {@code PayloadReader.of("createOrder", Order.class)}. */
  public static <T> PayloadReader<T> of(String functionName, Class<T> type) {
    return new PayloadReader<>(
        functionName, type, type.isPrimitive(), Json.readerFor(type));
  }

  /**
   * A reader of a generic type, e.g. {@code PayloadReader.of("sum", new TypeReference<List<Line>>()
   * {})}.
   */
  public static <T> PayloadReader<T> of(String functionName, TypeReference<T> type) {
    return new PayloadReader<>(
        functionName, type.getType(), false, Json.readerFor(type));
  }

  /**
   * Reads the whole stream as one JSON value of this reader's type.
   *
   * @throws PayloadException if the payload is not valid JSON of the expected type
   * @throws IOException if the stream cannot be read
   */
  public T read(InputStream input) throws IOException {
    if (codec != null && input.markSupported()) {
      // the in-memory stream Lambda's runtimes hand over: read in place, and again if need be
      input.mark(Integer.MAX_VALUE);
      T value = Streams.tryRead(codec, input);
      if (value != null) {
        return value;
      }
      input.reset();
      return readDatabind(input);
    }
    if (codec != null) {
      byte[] bytes = input.readAllBytes();
      T value = Streams.tryRead(codec, bytes);
      return value != null ? value : readDatabind(new ByteArrayInputStream(bytes));
    }
    return readDatabind(input);
  }

  private T readDatabind(InputStream input) throws IOException {
    ObjectReader reader = reader();
    // Parse straight from the stream: no copy of the payload. An empty or blank payload has no
    // first token.
    try (JsonParser parser = reader.createParser(input)) {
      if (parser.nextToken() == null) {
        if (primitive) {
          throw new PayloadException(functionName, typeName, "the payload is empty");
        }
        return null;
      }
      T value = reader.readValue(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new PayloadException(functionName, typeName, "Trailing token (of type " + trailing
            + ") found after the value" + JsonProblems.location(parser.currentLocation()));
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new PayloadException(functionName, typeName, describe(e));
    } catch (CharConversionException e) {
      // bytes in no JSON encoding (e.g. a UCS-4 byte order Jackson cannot read)
      throw new PayloadException(functionName, typeName, "the payload is not UTF-8, UTF-16 or UTF-32 JSON");
    }
  }

  /** The name of the type this reader binds to. */
  public String typeName() {
    return typeName;
  }

  /** The problem and where it is, without the Jackson source excerpt or a stack trace. */
  static String describe(JsonProcessingException e) {
    return JsonProblems.firstLine(e.getOriginalMessage(), "malformed JSON") + JsonProblems.path(e) + JsonProblems.location(e);
  }
}
