package io.lambdaforge.runtime.internal.codec;

import java.util.Optional;

/**
 * A function's result with the codec that writes it, as returned by a generated HTTP invoker: the
 * response mapper writes {@link #json()} where it would otherwise call databind.
 *
 * @param <T> the result type
 */
public final class JsonBody<T> {
  private final JsonCodec<T> codec;
  private final T value;

  private JsonBody(JsonCodec<T> codec, T value) {
    this.codec = codec;
    this.value = value;
  }

  /** {@code value} with its codec; {@code null} stays {@code null} (a 204). */
  public static <T> JsonBody<T> of(JsonCodec<T> codec, T value) {
    return value == null ? null : new JsonBody<>(codec, value);
  }

  /** The content of {@code value} with its codec; empty stays empty (a 404), null stays null. */
  public static <T> Optional<JsonBody<T>> optional(JsonCodec<T> codec, Optional<T> value) {
    return value == null ? null : value.map(content -> new JsonBody<>(codec, content));
  }

  /**
   * A SnapStart priming result: {@code sample} (JSON the processor built for the type at compile
   * time) read with {@code codec}, so that encoding the response exercises the same codec a real
   * result would; {@code null} (a 204) when the codec does not accept the sample.
   */
  public static <T> JsonBody<T> sample(JsonCodec<T> codec, String sample) {
    return of(codec, Streams.tryRead(codec, sample.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** {@code sample} read with {@code codec}, {@code null} when the codec does not accept it. */
  public static <T> T sampleValue(JsonCodec<T> codec, String sample) {
    return Streams.tryRead(codec, sample.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** {@link #sample} as an {@code Optional} result. */
  public static <T> Optional<JsonBody<T>> optionalSample(JsonCodec<T> codec, String sample) {
    return Optional.ofNullable(sample(codec, sample));
  }

  /** The value's JSON text: the codec's, or databind's for what the codec cannot write. */
  public String json() throws com.fasterxml.jackson.core.JsonProcessingException {
    String text = Streams.tryWriteString(codec, value);
    return text != null ? text : Fallback.writer().writeValueAsString(value);
  }

  /**
   * The value's JSON text written into {@code text} by the codec: {@code false} when the codec
   * cannot write it (then {@link #json()} writes it with databind).
   */
  public boolean tryWrite(JsonText text) {
    return text.tryWrite(codec, value);
  }

  /** The result itself. */
  public T value() {
    return value;
  }
}
