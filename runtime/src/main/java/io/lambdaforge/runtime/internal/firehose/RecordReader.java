package io.lambdaforge.runtime.internal.firehose;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;

/**
 * Reads a record's decoded payload as JSON of the method's parameter type; resolved once, in a
 * static field of the adapter. A payload that is not that JSON fails the record.
 *
 * @param <T> the parameter type
 */
public final class RecordReader<T> {
  private final ObjectReader reader;

  private RecordReader(ObjectReader reader) {
    this.reader = reader;
  }

  /** A reader of a non-generic type. */
  public static <T> RecordReader<T> of(Class<T> type) {
    return new RecordReader<>(Json.readerFor(type));
  }

  /** A reader of a generic type. */
  public static <T> RecordReader<T> of(TypeReference<T> type) {
    return new RecordReader<>(Json.readerFor(type));
  }

  /** The payload as {@code T}. */
  public T read(byte[] payload) throws IOException {
    return reader.readValue(payload);
  }
}
