package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated Firehose adapter: its exact shape (golden), and the compiled adapters run on
 * aws-lambda-go's sample batch (testdata/events/firehose-kinesis-source-go.json) like the runtime.
 */
class FirehoseAdapterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Compilation compilation;
  private static ClassLoader loader;

  private static JavaFileObject logs() {
    return Compilations.source(
        "com.acme.Logs",
        "package com.acme;",
        "",
        "import com.amazonaws.services.lambda.runtime.Context;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.events.firehose.FirehoseRecord;",
        "import io.lambdaforge.events.firehose.FirehoseResult;",
        "import java.util.Optional;",
        "",
        "public class Logs {",
        "  public record Line(@PartitionKey(\"word\") String word, int length) {}",
        "",
        "  @Function(timeout = 60, triggers = @Trigger(source = Source.FIREHOSE))",
        "  public Optional<Line> parse(String text, Context context) {",
        "    if (text.startsWith(\"Bye\")) {",
        "      return Optional.empty();",
        "    }",
        "    if (text.startsWith(\"boom\")) {",
        "      throw new IllegalArgumentException(\"cannot parse \" + text);",
        "    }",
        "    return Optional.of(new Line(text.split(\" \")[0], text.length()));",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.FIREHOSE))",
        "  public static FirehoseResult shard(FirehoseRecord record) {",
        "    return FirehoseResult.ok(record.kinesisRecordMetadata().orElseThrow().shardId());",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.FIREHOSE))",
        "  public static Optional<byte[]> reverse(byte[] data) {",
        "    byte[] out = new byte[data.length];",
        "    for (int i = 0; i < data.length; i++) out[i] = data[data.length - 1 - i];",
        "    return Optional.of(out);",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.FIREHOSE))",
        "  public static Optional<String> upper(Line line) {",
        "    return Optional.of(line.word().toUpperCase());",
        "  }",
        "}");
  }

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(logs());
    assertThat(compilation).succeededWithoutWarnings();
    loader = Compilations.classLoader(compilation);
  }

  private static JsonNode invoke(String adapter, byte[] event) throws Exception {
    RequestStreamHandler handler = (RequestStreamHandler)
        loader.loadClass("com.acme." + adapter).getDeclaredConstructor().newInstance();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event), out, new TestContext("fn-" + adapter));
    return JSON.readTree(out.toByteArray());
  }

  private static byte[] goSample() throws Exception {
    return Files.readAllBytes(Path.of("..", "testdata", "events", "firehose-kinesis-source-go.json"));
  }

  private static byte[] batch(String... texts) throws Exception {
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      records.append(i == 0 ? "" : ",").append("{\"recordId\":\"r").append(i).append("\",\"data\":\"")
          .append(Base64.getEncoder().encodeToString(texts[i].getBytes(StandardCharsets.UTF_8))).append("\"}");
    }
    return ("{\"invocationId\":\"i\",\"region\":\"us-east-1\",\"records\":[" + records + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String data(JsonNode record) {
    return new String(Base64.getDecoder().decode(record.get("data").asText()), StandardCharsets.UTF_8);
  }

  @Test
  void adapterMatchesGolden() throws Exception {
    Golden.assertMatches("Logs_ParseHandler.java",
        Compilations.generatedSource(compilation, "com.acme.Logs_ParseHandler"));
  }

  @Test
  void goSampleIsTransformedWithPartitionKeys() throws Exception {
    JsonNode records = invoke("Logs_ParseHandler", goSample()).get("records");
    assertEquals(2, records.size());
    assertEquals("record1", records.get(0).get("recordId").asText());
    assertEquals("Ok", records.get(0).get("result").asText());
    assertEquals("{\"word\":\"Hello\",\"length\":11}\n", data(records.get(0)));
    assertEquals("{\"partitionKeys\":{\"word\":\"Hello\"}}", records.get(0).get("metadata").toString());
  }

  @Test
  void droppedAndFailedRecordsAmongGoodOnes() throws Exception {
    JsonNode records = invoke("Logs_ParseHandler", batch("hi there", "Bye now", "boom 1")).get("records");
    assertEquals("Ok", records.get(0).get("result").asText());
    assertEquals("Dropped", records.get(1).get("result").asText());
    assertEquals("Bye now", data(records.get(1)));
    assertEquals("ProcessingFailed", records.get(2).get("result").asText());
    assertEquals("boom 1", data(records.get(2)));
  }

  @Test
  void recordParameterResultBytesAndJsonInput() throws Exception {
    assertEquals("shardId-000000000001", data(invoke("Logs_ShardHandler", goSample()).get("records").get(1)));
    assertEquals("dlroW olleH", data(invoke("Logs_ReverseHandler", goSample()).get("records").get(0)));
    JsonNode records = invoke("Logs_UpperHandler", batch("{\"word\":\"abc\",\"length\":3}", "not json")).get("records");
    assertEquals("ABC", data(records.get(0)));
    assertEquals("ProcessingFailed", records.get(1).get("result").asText());
  }
}
