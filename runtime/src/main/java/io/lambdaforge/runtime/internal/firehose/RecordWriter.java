package io.lambdaforge.runtime.internal.firehose;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.lambdaforge.annotations.PartitionKey;
import io.lambdaforge.events.firehose.FirehoseResult;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Maps a transformation method's {@code Optional<T>} to a record result: empty is {@code Dropped};
 * a {@code String} is written as UTF-8, a {@code byte[]} as is, anything else as one line of JSON
 * (the JSON text and {@code '\n'}, so the destination object is newline-delimited JSON). The
 * {@link PartitionKey} accessors of {@code T} come from the generated adapter as method references
 * and are read per record into {@code metadata.partitionKeys}; nothing is reflected.
 *
 * @param <T> the content type of the method's {@code Optional}
 */
public final class RecordWriter<T> {
  private static final byte NEWLINE = '\n';

  private final ObjectWriter writer;
  private final List<Key<T>> keys;

  /**
   * One partition key: its name and the accessor that reads it.
   *
   * @param <T> the result type
   */
  public static final class Key<T> {
    private final String name;
    private final Function<? super T, ?> accessor;

    private Key(String name, Function<? super T, ?> accessor) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("a partition key needs a name");
      }
      this.name = name;
      this.accessor = Objects.requireNonNull(accessor, "accessor");
    }
  }

  private RecordWriter(List<Key<T>> keys) {
    this.writer = Json.writer();
    List<Key<T>> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparing(k -> k.name));
    this.keys = List.copyOf(sorted);
  }

  /** The partition key {@code name}, read with {@code accessor} (a generated method reference). */
  public static <T> Key<T> key(String name, Function<? super T, ?> accessor) {
    return new Key<>(name, accessor);
  }

  /** The writer of results of type {@code type}, with its {@link PartitionKey} accessors. */
  @SafeVarargs
  public static <T> RecordWriter<T> of(Class<T> type, Key<T>... keys) {
    Objects.requireNonNull(type, "type");
    return new RecordWriter<>(List.of(keys));
  }

  /** The partition-key names, in the order they are written (sorted). */
  List<String> keyNames() {
    return keys.stream().map(k -> k.name).toList();
  }

  /** The result of a method that returned {@code result}. */
  public FirehoseResult result(Optional<? extends T> result) throws IOException {
    if (result == null || result.isEmpty()) {
      return FirehoseResult.dropped();
    }
    T value = result.get();
    FirehoseResult ok = FirehoseResult.ok(bytes(value));
    if (keys.isEmpty()) {
      return ok;
    }
    Map<String, String> values = new TreeMap<>();
    for (Key<T> key : keys) {
      Object keyValue = key.accessor.apply(value);
      if (keyValue != null) {
        values.put(key.name, keyValue.toString());
      }
    }
    return ok.withPartitionKeys(values);
  }

  private byte[] bytes(T value) throws IOException {
    if (value instanceof byte[]) {
      return (byte[]) value;
    }
    if (value instanceof String) {
      return ((String) value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    byte[] json = writer.writeValueAsBytes(value);
    byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
    line[json.length] = NEWLINE;
    return line;
  }
}
