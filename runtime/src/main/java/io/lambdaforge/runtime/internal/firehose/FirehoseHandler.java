package io.lambdaforge.runtime.internal.firehose;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.events.firehose.FirehoseRecord;
import io.lambdaforge.events.firehose.FirehoseResult;
import io.lambdaforge.runtime.internal.core.EventHandler;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.lambdaforge.runtime.internal.core.Log;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Firehose family's handler. It claims an event shaped like a transformation batch ({@code
 * invocationId} and {@code records} of {@code recordId}s:
 * https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html) and answers {@code
 * {"records": [...]}} with every {@code recordId} exactly once, in input order
 * (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html):
 *
 * <ul>
 *   <li>the payload is base64 {@code data}, or {@code kafkaRecordValue} for an Amazon MSK source,
 *       and is answered under the same name;
 *   <li>every record carries a payload whatever its result (a dropped or failed record its
 *       original one), since Firehose rejects a record without it;
 *   <li>an exception fails that record only ({@code ProcessingFailed}, reason logged);
 *   <li>the response stays within Lambda's 6 MB limit ({@link ResponseBudget}).
 * </ul>
 *
 * A record whose payload is not valid base64 fails alone, echoing what was sent. A batch that is
 * malformed (a record without {@code recordId} or payload, a repeated {@code recordId}) is refused as a function error: Firehose then retries the invocation
 * and finally sends the records to its error output, which is safer than an invalid answer.
 */
final class FirehoseHandler implements EventHandler {
  static final String DATA = "data";
  static final String KAFKA_RECORD_VALUE = "kafkaRecordValue";

  private final String function;
  private final RecordTransformer transformer;

  FirehoseHandler(String function, RecordTransformer transformer) {
    if (transformer == null) {
      throw new IllegalArgumentException("firehose transformer must not be null");
    }
    this.function = function;
    this.transformer = transformer;
  }

  @Override
  public boolean handle(byte[] event, int length, OutputStream output, Context context) throws IOException {
    JsonNode batch = batch(event, length);
    if (batch == null) {
      return false;
    }
    JsonNode records = batch.get("records");
    List<Entry> entries = new ArrayList<>(records.size());
    List<ObjectNode> fallbacks = new ArrayList<>(records.size());
    Set<String> ids = new HashSet<>();
    for (JsonNode record : records) {
      Entry entry = entry(record);
      if (!ids.add(entry.id())) {
        throw malformed("recordId '" + entry.id() + "' twice");
      }
      entries.add(entry);
      fallbacks.add(answer(entry, FirehoseResult.Status.ProcessingFailed, entry.payload(), Map.of()));
    }
    ResponseBudget budget = new ResponseBudget(ResponseBudget.LIMIT_BYTES, fallbacks);
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (!budget.add(i, transform(entry, context))) {
        Log.line(context, "Function '" + function + "': record " + entry.id() + " marked ProcessingFailed:"
            + " its transformed payload does not fit in Lambda's 6 MB response");
      }
    }
    budget.writeTo(output);
    return true;
  }

  /**
   * One record as read: its ID, whether it came from MSK, its payload as sent (echoed on a record
   * that is dropped or fails) and the decoded record, null when the payload is not base64.
   */
  private record Entry(String id, boolean msk, String payload, FirehoseRecord record) {}

  private ObjectNode transform(Entry entry, Context context) {
    FirehoseResult result;
    if (entry.record() == null) {
      result = FirehoseResult.failed("the payload is not valid base64");
    } else {
      try {
        result = transformer.transform(entry.record(), context);
        if (result == null) {
          result = FirehoseResult.failed("the transformation returned null");
        }
      } catch (Exception e) {
        result = FirehoseResult.failed(e.getClass().getName() + ": " + e.getMessage());
      }
    }
    if (result.status() == FirehoseResult.Status.ProcessingFailed) {
      Log.line(context, "Function '" + function + "': record " + entry.id() + " ProcessingFailed: " + result.reason());
    }
    String payload = result.status() == FirehoseResult.Status.Ok
        ? Base64.getEncoder().encodeToString(result.data())
        : entry.payload();
    return answer(entry, result.status(), payload, result.partitionKeys());
  }

  private static ObjectNode answer(Entry entry, FirehoseResult.Status status, String payload,
      Map<String, String> partitionKeys) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("recordId", entry.id());
    node.put("result", status.name());
    node.put(entry.msk() ? KAFKA_RECORD_VALUE : DATA, payload);
    if (!partitionKeys.isEmpty()) {
      ObjectNode keys = node.putObject("metadata").putObject("partitionKeys");
      partitionKeys.forEach(keys::put);
    }
    return node;
  }

  private Entry entry(JsonNode record) {
    JsonNode id = record.get("recordId");
    if (id == null || !id.isTextual() || id.asText().isEmpty()) {
      throw malformed("a record without a recordId");
    }
    boolean msk = record.has(KAFKA_RECORD_VALUE);
    JsonNode payload = record.get(msk ? KAFKA_RECORD_VALUE : DATA);
    if (payload == null || !payload.isTextual()) {
      throw malformed("record " + id.asText() + " without a base64 '" + DATA + "' or '" + KAFKA_RECORD_VALUE + "'");
    }
    byte[] data;
    try {
      data = Base64.getDecoder().decode(payload.asText());
    } catch (IllegalArgumentException e) {
      return new Entry(id.asText(), msk, payload.asText(), null);
    }
    JsonNode metadata = record.get("kinesisRecordMetadata");
    Optional<FirehoseRecord.KinesisRecordMetadata> kinesis = Optional.empty();
    if (metadata != null && metadata.isObject()) {
      kinesis = Optional.of(new FirehoseRecord.KinesisRecordMetadata(
          metadata.path("shardId").asText(""),
          metadata.path("partitionKey").asText(""),
          metadata.path("sequenceNumber").asText(""),
          metadata.path("subsequenceNumber").asText(""),
          metadata.path("approximateArrivalTimestamp").asLong(0)));
    }
    FirehoseRecord decoded = new FirehoseRecord(
        id.asText(), record.path("approximateArrivalTimestamp").asLong(0), data, kinesis, msk);
    return new Entry(id.asText(), msk, payload.asText(), decoded);
  }

  private IllegalArgumentException malformed(String what) {
    return new IllegalArgumentException("Function '" + function + "' received a Firehose batch with " + what);
  }

  /** The event as a transformation batch, or null when it is not one. */
  static JsonNode batch(byte[] event, int length) throws IOException {
    JsonNode root;
    try {
      root = Json.reader().readTree(event, 0, length);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
    if (root == null || !root.isObject() || !root.path("invocationId").isTextual()) {
      return null;
    }
    JsonNode records = root.get("records");
    if (records == null || !records.isArray()) {
      return null;
    }
    for (JsonNode record : records) {
      if (!record.isObject() || !record.has("recordId")) {
        return null;
      }
    }
    return root;
  }

  @Override
  public Collection<String> sources() {
    return List.of(Source.FIREHOSE.name());
  }

  @Override
  public String recognise(byte[] event, int length) throws IOException {
    return batch(event, length) == null ? null : "a Firehose transformation batch";
  }

  @Override
  public String kinds() {
    return "a Firehose transformation batch";
  }
}
