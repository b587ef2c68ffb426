package io.lambdaforge.runtime.internal.sdk;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.lambdaforge.runtime.internal.codec.JsonCodec;
import io.lambdaforge.runtime.internal.codec.Streams;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/** Writes a direct-invoke result as JSON; {@code null} (and {@code void}) becomes {@code null}. */
public final class PayloadWriter {
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private PayloadWriter() {}

  /** Writes {@code value} as one JSON value; the stream is flushed, not closed. */
  public static void write(OutputStream output, Object value) throws IOException {
    if (value == null) {
      output.write(NULL);
    } else {
      Writer.WRITER.writeValue(output, value);
    }
    output.flush();
  }

  /** Writes {@code value} with a generated codec (databind for what it cannot write). */
  public static <T> void write(OutputStream output, JsonCodec<T> codec, T value) throws IOException {
    if (!Streams.tryWriteTo(codec, value, output)) {
      write(output, value);
      return;
    }
    output.flush();
  }

  /** Writes the content of {@code value} with a generated codec, or JSON {@code null}. */
  public static <T> void writeOptional(OutputStream output, JsonCodec<T> codec, Optional<T> value)
      throws IOException {
    write(output, codec, value == null ? null : value.orElse(null));
  }

  /** Databind's writer, built on first use: a codec-written result never loads databind. */
  private static final class Writer {
    static final ObjectWriter WRITER =
        Json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** Writes the content of {@code value}, or JSON {@code null} when it is empty or null. */
  public static void writeOptional(OutputStream output, Optional<?> value) throws IOException {
    write(output, value == null ? null : value.orElse(null));
  }
}
