package io.lambdaforge.runtime.internal.firehose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.events.firehose.FirehoseRecord;
import io.lambdaforge.events.firehose.FirehoseResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Firehose family on real events (aws-lambda-go and SAM CLI samples in testdata/events) and
 * the edge cases of the contract
 * (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html).
 */
class FirehoseTransformTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EVENTS = Path.of("..", "testdata", "events");

  public record Line(String service, String level, String text) {}

  private static JsonNode run(RecordTransformer transformer, byte[] event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FirehoseTransform.of("logs", transformer).handle(new ByteArrayInputStream(event), out, null);
    byte[] response = out.toByteArray();
    assertTrue(response.length <= ResponseBudget.LIMIT_BYTES, "response of " + response.length + " bytes");
    return JSON.readTree(response);
  }

  private static byte[] sample(String name) throws Exception {
    return Files.readAllBytes(EVENTS.resolve(name));
  }

  private static String decode(JsonNode record, String field) {
    return new String(Base64.getDecoder().decode(record.get(field).asText()), StandardCharsets.UTF_8);
  }

  @Test
  void transformsEveryRecordOfTheGoSampleAndEchoesRecordIds() throws Exception {
    JsonNode response = run((r, c) -> FirehoseResult.ok(r.text().toUpperCase()), sample("firehose-kinesis-source-go.json"));
    JsonNode records = response.get("records");
    assertEquals(2, records.size());
    assertEquals(List.of("recordId", "result", "data"), fieldNames(records.get(0)));
    assertEquals("record1", records.get(0).get("recordId").asText());
    assertEquals("record2", records.get(1).get("recordId").asText());
    for (JsonNode record : records) {
      assertEquals("Ok", record.get("result").asText());
      assertEquals("HELLO WORLD", decode(record, "data"));
    }
  }

  @Test
  void givesTheKinesisRecordMetadataOfAStreamSource() throws Exception {
    List<FirehoseRecord> seen = new ArrayList<>();
    run((r, c) -> {
      seen.add(r);
      return FirehoseResult.ok(r.data());
    }, sample("firehose-streams-as-source-samcli.json"));
    FirehoseRecord.KinesisRecordMetadata metadata = seen.get(0).kinesisRecordMetadata().orElseThrow();
    assertEquals("partitionKey-03", metadata.partitionKey());
    assertEquals("shardId-000000000000", metadata.shardId());
    assertEquals("123456", metadata.subsequenceNumber());
    assertEquals(1495072949453L, metadata.approximateArrivalTimestamp());
    assertEquals("Hello, this is a test 123.", seen.get(0).text());
    assertFalse(seen.get(0).fromMsk());
  }

  @Test
  void aFailingRecordFailsAloneAndKeepsItsOriginalData() throws Exception {
    byte[] event = batch("data", "one", "boom", "three");
    JsonNode records = run((r, c) -> {
      if (r.text().equals("boom")) {
        throw new IllegalStateException("cannot parse");
      }
      return FirehoseResult.ok(r.text() + "!");
    }, event).get("records");
    assertEquals("Ok", records.get(0).get("result").asText());
    assertEquals("one!", decode(records.get(0), "data"));
    assertEquals("ProcessingFailed", records.get(1).get("result").asText());
    assertEquals("boom", decode(records.get(1), "data"));
    assertEquals("Ok", records.get(2).get("result").asText());
  }

  @Test
  void emptyOptionalIsDroppedAndPartitionKeysComeFromTheAccessors() throws Exception {
    RecordReader<Line> reader = RecordReader.of(Line.class);
    RecordWriter<Line> writer = RecordWriter.of(Line.class,
        RecordWriter.key("service", Line::service), RecordWriter.key("level", Line::level));
    assertEquals(List.of("level", "service"), writer.keyNames());
    byte[] event = batch("data",
        "{\"service\":\"api\",\"level\":\"ERROR\",\"text\":\"x\"}",
        "{\"service\":\"api\",\"level\":\"DEBUG\",\"text\":\"y\"}",
        "{\"service\":null,\"level\":\"WARN\",\"text\":\"z\"}");
    JsonNode records = run((r, c) -> {
      Line line = reader.read(r.data());
      return writer.result(line.level().equals("DEBUG") ? Optional.empty() : Optional.of(line));
    }, event).get("records");
    assertEquals("Ok", records.get(0).get("result").asText());
    assertEquals("{\"service\":\"api\",\"level\":\"ERROR\",\"text\":\"x\"}\n", decode(records.get(0), "data"));
    assertEquals("{\"level\":\"ERROR\",\"service\":\"api\"}", records.get(0).get("metadata").get("partitionKeys").toString());
    assertEquals("Dropped", records.get(1).get("result").asText());
    assertTrue(records.get(1).has("data"), "a dropped record still carries data");
    assertFalse(records.get(1).has("metadata"));
    assertEquals("{\"level\":\"WARN\"}", records.get(2).get("metadata").get("partitionKeys").toString());
  }

  @Test
  void anMskSourceIsAnsweredWithKafkaRecordValue() throws Exception {
    JsonNode records = run((r, c) -> {
      assertTrue(r.fromMsk());
      return r.text().isEmpty() ? FirehoseResult.dropped() : FirehoseResult.ok(r.text().toUpperCase());
    }, batch("kafkaRecordValue", "kafka", "")).get("records");
    assertEquals(List.of("recordId", "result", "kafkaRecordValue"), fieldNames(records.get(0)));
    assertEquals("KAFKA", decode(records.get(0), "kafkaRecordValue"));
    assertEquals("Dropped", records.get(1).get("result").asText());
    assertFalse(records.get(1).has("data"));
  }

  @Test
  void aResponseOverSixMegabytesFailsTheRecordsThatDoNotFit() throws Exception {
    String[] payloads = new String[100];
    for (int i = 0; i < payloads.length; i++) {
      payloads[i] = String.valueOf((char) ('a' + i % 26)).repeat(30_000);
    }
    byte[] event = batch("data", payloads);
    assertTrue(event.length < ResponseBudget.LIMIT_BYTES);
    JsonNode records = run((r, c) -> FirehoseResult.ok(r.text().repeat(3)), event).get("records");
    assertEquals(100, records.size());
    Set<String> ids = new HashSet<>();
    int ok = 0;
    int failed = 0;
    for (int i = 0; i < records.size(); i++) {
      JsonNode record = records.get(i);
      assertTrue(ids.add(record.get("recordId").asText()));
      assertEquals("r" + i, record.get("recordId").asText());
      if (record.get("result").asText().equals("Ok")) {
        assertEquals(0, failed, "records fail from the end of the batch");
        assertEquals(90_000, decode(record, "data").length());
        ok++;
      } else {
        assertEquals("ProcessingFailed", record.get("result").asText());
        assertEquals(payloads[i], decode(record, "data"));
        failed++;
      }
    }
    // 28 records of 120,000 base64 characters and 72 of 40,000 fill 6 MB; a 29th Ok would not fit.
    assertEquals(28, ok, ok + " ok, " + failed + " failed");
  }

  @Test
  void aPayloadThatIsNotBase64FailsThatRecordOnly() throws Exception {
    // SAM CLI's apache-log sample ends its base64 with one '=' too many.
    JsonNode records = run((r, c) -> FirehoseResult.ok(r.data()), sample("firehose-apache-log-samcli.json")).get("records");
    assertEquals("ProcessingFailed", records.get(0).get("result").asText());
    assertEquals(
        "NjQuMjQyLjg4LjEwIC0gLSBbMDcvTWFyLzIwMDQ6MTY6MTA6MDIgLTA4MDBdICJHRVQgL21haWxtYW4vbGlzdGluZm8vaHNkaXZpc2lvbiBIVFRQLzEuMSIgMjAwIDYyOTE==",
        records.get(0).get("data").asText());
  }

  @Test
  void anotherEventIsRefusedAndARepeatedRecordIdIsAFunctionError() throws Exception {
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> run((r, c) -> FirehoseResult.dropped(), sample("alb-single-value-headers-go.json")));
    assertTrue(other.getMessage().contains("[FIREHOSE]"), other.getMessage());
    ObjectNode twice = (ObjectNode) JSON.readTree(batch("data", "a", "b"));
    ((ObjectNode) twice.get("records").get(1)).put("recordId", "r0");
    IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
        () -> run((r, c) -> FirehoseResult.dropped(), JSON.writeValueAsBytes(twice)));
    assertTrue(repeated.getMessage().contains("recordId 'r0' twice"), repeated.getMessage());
  }

  @Test
  void nullResultFailsTheRecordAndPartitionKeysNeedAnOkRecord() throws Exception {
    JsonNode records = run((r, c) -> null, batch("data", "x")).get("records");
    assertEquals("ProcessingFailed", records.get(0).get("result").asText());
    assertThrows(IllegalStateException.class, () -> FirehoseResult.dropped().withPartitionKeys(java.util.Map.of("a", "b")));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A batch shaped like the samples, records {@code r0, r1, ...} with {@code field} payloads. */
  static byte[] batch(String field, String... payloads) throws Exception {
    ObjectNode event = JSON.createObjectNode();
    event.put("invocationId", "invoked123");
    event.put("deliveryStreamArn", "arn:aws:firehose:us-east-1:123456789012:deliverystream/logs");
    event.put("region", "us-east-1");
    ArrayNode records = event.putArray("records");
    for (int i = 0; i < payloads.length; i++) {
      ObjectNode record = records.addObject();
      record.put("recordId", "r" + i);
      record.put("approximateArrivalTimestamp", 1507217624302L);
      record.put(field, Base64.getEncoder().encodeToString(payloads[i].getBytes(StandardCharsets.UTF_8)));
    }
    return JSON.writeValueAsBytes(event);
  }
}
