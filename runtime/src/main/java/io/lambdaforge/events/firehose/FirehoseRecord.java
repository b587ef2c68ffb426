package io.lambdaforge.events.firehose;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a Firehose transformation batch, its payload already decoded from base64
 * (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html). A method may take
 * it instead of the decoded payload when it needs the record's metadata.
 *
 * @param recordId the record's ID, which the adapter echoes in the response
 * @param approximateArrivalTimestamp when Firehose received the record, epoch milliseconds (0 when
 *     the event has none)
 * @param data the payload: {@code data}, or {@code kafkaRecordValue} for an Amazon MSK source
 * @param kinesisRecordMetadata the Kinesis record's metadata when the delivery stream reads from a
 *     Kinesis data stream
 * @param fromMsk whether the record came from an Amazon MSK source ({@code kafkaRecordValue})
 */
public record FirehoseRecord(
    String recordId,
    long approximateArrivalTimestamp,
    byte[] data,
    Optional<KinesisRecordMetadata> kinesisRecordMetadata,
    boolean fromMsk) {

  public FirehoseRecord {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(kinesisRecordMetadata, "kinesisRecordMetadata");
  }

  /** The payload as UTF-8 text. */
  public String text() {
    return new String(data, StandardCharsets.UTF_8);
  }

  /**
   * The metadata of a record read from a Kinesis data stream.
   *
   * @param shardId the shard
   * @param partitionKey the producer's partition key
   * @param sequenceNumber the sequence number in the shard
   * @param subsequenceNumber the subsequence number of an aggregated record (text: AWS's samples
   *     give it as a number or a string)
   * @param approximateArrivalTimestamp when the stream received it, epoch milliseconds
   */
  public record KinesisRecordMetadata(
      String shardId,
      String partitionKey,
      String sequenceNumber,
      String subsequenceNumber,
      long approximateArrivalTimestamp) {}
}
