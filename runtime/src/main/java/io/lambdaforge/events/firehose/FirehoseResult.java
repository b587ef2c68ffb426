package io.lambdaforge.events.firehose;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of transforming one record, for a method that wants full control
 * (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html):
 * {@link #ok(byte[])} with the new payload, {@link #dropped()} or {@link #failed(String)}.
 * Firehose needs a payload on every record whatever the result, so a dropped or failed record
 * carries the original payload; the adapter supplies it. Partition keys feed dynamic
 * partitioning (https://docs.aws.amazon.com/firehose/latest/dev/dynamic-partitioning.html).
 */
public final class FirehoseResult {
  /** The transformation status Firehose reads from {@code result}. */
  public enum Status {
    /** The record was transformed: {@code Ok}. */
    Ok,
    /** The record was dropped on purpose: {@code Dropped}. */
    Dropped,
    /** The record could not be transformed: {@code ProcessingFailed}. */
    ProcessingFailed
  }

  private static final FirehoseResult DROPPED = new FirehoseResult(Status.Dropped, null, Map.of(), "");

  private final Status status;
  private final byte[] data;
  private final Map<String, String> partitionKeys;
  private final String reason;

  private FirehoseResult(Status status, byte[] data, Map<String, String> partitionKeys, String reason) {
    this.status = status;
    this.data = data;
    this.partitionKeys = partitionKeys;
    this.reason = reason;
  }

  /** The record transformed into {@code data}. */
  public static FirehoseResult ok(byte[] data) {
    return new FirehoseResult(Status.Ok, Objects.requireNonNull(data, "data").clone(), Map.of(), "");
  }

  /** The record transformed into {@code text}, written as UTF-8. */
  public static FirehoseResult ok(String text) {
    return new FirehoseResult(
        Status.Ok, Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8), Map.of(), "");
  }

  /** The record dropped on purpose. */
  public static FirehoseResult dropped() {
    return DROPPED;
  }

  /** The record could not be transformed; {@code reason} goes to the function's log. */
  public static FirehoseResult failed(String reason) {
    return new FirehoseResult(Status.ProcessingFailed, null, Map.of(), Objects.requireNonNull(reason, "reason"));
  }

  /**
   * This result with the partition keys of dynamic partitioning (names and values non-empty).
   *
   * @throws IllegalStateException on a record that is not {@code Ok}
   */
  public FirehoseResult withPartitionKeys(Map<String, String> keys) {
    if (status != Status.Ok) {
      throw new IllegalStateException("partition keys apply only to an Ok record, not " + status);
    }
    Map<String, String> sorted = new TreeMap<>();
    keys.forEach((name, value) -> {
      if (name == null || name.isEmpty() || value == null) {
        throw new IllegalArgumentException("partition key '" + name + "' needs a name and a value");
      }
      sorted.put(name, value);
    });
    return new FirehoseResult(status, data, Map.copyOf(sorted), reason);
  }

  public Status status() {
    return status;
  }

  /** The transformed payload of an {@code Ok} record; null otherwise. */
  public byte[] data() {
    return data == null ? null : data.clone();
  }

  /** The partition keys, sorted by name; empty for none. */
  public Map<String, String> partitionKeys() {
    return partitionKeys.isEmpty() ? Map.of() : new TreeMap<>(partitionKeys);
  }

  /** Why a record failed; empty otherwise. */
  public String reason() {
    return reason;
  }
}
