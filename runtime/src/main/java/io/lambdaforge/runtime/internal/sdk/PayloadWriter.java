package io.lambdaforge.runtime.internal.sdk;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/** Writes a direct-invoke result as JSON; {@code null} (and {@code void}) becomes {@code null}. */
public final class PayloadWriter {
  private static final ObjectWriter WRITER =
      Json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private PayloadWriter() {}

  /** Writes {@code value} as one JSON value; the stream is flushed, not closed. */
  public static void write(OutputStream output, Object value) throws IOException {
    WRITER.writeValue(output, value);
    output.flush();
  }

  /** Writes the content of {@code value}, or JSON {@code null} when it is empty or null. */
  public static void writeOptional(OutputStream output, Optional<?> value) throws IOException {
    write(output, value == null ? null : value.orElse(null));
  }
}
