package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.LocalLambda;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The access-log transformer through its generated adapter: SAM CLI's apache-log sample
 * (testdata/events/firehose-apache-log-samcli.json) with its payload corrected and more lines
 * beside it, through {@link LocalLambda#invoke}; the {@code events} sample through
 * {@link LocalLambda#invokeSample}.
 */
class FirehoseAccessLogsTest {
  static final LocalLambda APP = LocalLambda.fromClasspath();

  @AfterAll
  static void close() {
    APP.close();
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(JsonNode record) {
    return new String(Base64.getDecoder().decode(record.get("data").asText()), StandardCharsets.UTF_8);
  }

  @Test
  void samApacheLogBatchIsParsedPartitionedDroppedAndFailedPerRecord() throws Exception {
    ObjectNode event = (ObjectNode) Jsons.parse(
        Files.readString(Path.of("..", "testdata", "events", "firehose-apache-log-samcli.json")));
    ObjectNode first = (ObjectNode) event.get("records").get(0);
    // SAM's sample payload has one '=' too many; Firehose sends valid base64.
    String line = new String(Base64.getMimeDecoder().decode(first.get("data").asText()), StandardCharsets.UTF_8);
    assertEquals("64.242.88.10 - - [07/Mar/2004:16:10:02 -0800] \"GET /mailman/listinfo/hsdivision HTTP/1.1\" 200 6291", line);
    first.put("data", b64(line));
    ObjectNode health = event.withArray("records").addObject();
    health.put("recordId", "health").put("approximateArrivalTimestamp", 1495072949453L)
        .put("data", b64("10.0.0.1 - - [07/Mar/2004:16:10:03 -0800] \"GET /health HTTP/1.1\" 200 2"));
    ObjectNode garbage = event.withArray("records").addObject();
    garbage.put("recordId", "garbage").put("approximateArrivalTimestamp", 1495072949453L)
        .put("data", b64("not a log line"));

    JsonNode records = APP.invoke("accessLogs", event).json().get("records");
    assertEquals(3, records.size());
    JsonNode ok = records.get(0);
    assertEquals("49546986683135544286507457936321625675700192471156785154", ok.get("recordId").asText());
    assertEquals("Ok", ok.get("result").asText());
    JsonNode access = Jsons.parse(decode(ok));
    assertEquals("/mailman/listinfo/hsdivision", access.get("path").asText());
    assertEquals(200, access.get("statusCode").asInt());
    assertEquals(6291, access.get("bytes").asLong());
    assertTrue(decode(ok).endsWith("}\n"), "newline-delimited JSON");
    assertEquals("{\"day\":\"2004-03-07\",\"status\":\"2xx\"}", ok.at("/metadata/partitionKeys").toString());
    assertEquals("Dropped", records.get(1).get("result").asText());
    assertEquals("ProcessingFailed", records.get(2).get("result").asText());
    assertEquals("not a log line", decode(records.get(2)));
  }

  @Test
  void theEventsSampleRunsAndFailsItsNonLogRecords() {
    JsonNode sample = APP.sampleEvent("accessLogs", Source.FIREHOSE);
    assertEquals("invoked123", sample.get("invocationId").asText());
    JsonNode records = APP.invokeSample("accessLogs", Source.FIREHOSE).json().get("records");
    assertEquals(2, records.size());
    assertEquals("record1", records.get(0).get("recordId").asText());
    assertEquals("ProcessingFailed", records.get(0).get("result").asText(), "\"Hello World\" is no log line");
  }
}
