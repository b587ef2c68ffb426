package io.lambdaforge.runtime.internal.s3batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.events.s3batch.S3BatchResult;
import io.lambdaforge.events.s3batch.S3BatchSchemaVersion;
import io.lambdaforge.events.s3batch.S3BatchTask;
import io.lambdaforge.events.s3batch.S3BatchTemporaryFailure;
import io.lambdaforge.runtime.internal.core.Dispatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The S3 Batch family on aws-lambda-go's and SAM CLI's samples in testdata/events (s3batch-*.json)
 * and hand-made edge cases. Contract: https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 * and https://docs.aws.amazon.com/lambda/latest/dg/services-s3-batch.html.
 */
class S3BatchHandlerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EVENTS = Path.of("..", "testdata", "events");

  private static byte[] sample(String name) throws Exception {
    return Files.readAllBytes(EVENTS.resolve(name));
  }

  private static JsonNode run(Dispatch dispatch, byte[] event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatch.handle(new ByteArrayInputStream(event), out, null);
    return JSON.readTree(out.toByteArray());
  }

  private static Dispatch recording(List<S3BatchTask> seen, S3BatchInvoker then) {
    return S3BatchAdapter.dispatch("tagger", (task, context) -> {
      seen.add(task);
      return then.invoke(task, context);
    });
  }

  @Test
  void schemaOneIsReadWithTheBucketArnAndAnsweredInOnePointZero() throws Exception {
    List<S3BatchTask> seen = new ArrayList<>();
    JsonNode out = run(recording(seen, (t, c) -> S3BatchResult.succeeded("[\"Mary Major\", \"John Stiles\"]")),
        sample("s3batch-v1-request-go.json"));
    S3BatchTask task = seen.get(0);
    assertEquals(S3BatchSchemaVersion.V1_0, task.schemaVersion());
    assertEquals("YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo", task.invocationId());
    assertEquals("f3cc4f60-61f6-4a2b-8a21-d07600c373ce", task.jobId());
    assertEquals("dGFza2lkZ29lc2hlcmUK", task.taskId());
    assertEquals("customerImage1.jpg", task.key());
    assertEquals(Optional.of("1"), task.versionId());
    assertEquals(Optional.of("arn:aws:s3:us-east-1:0123456788:awsexamplebucket"), task.bucketArn());
    assertEquals("awsexamplebucket", task.bucket());
    assertEquals(Map.of(), task.userArguments());
    assertFalse(task.directoryBucket());
    // the answer is exactly the documented response (aws-lambda-go's response fixture)
    assertEquals(JSON.readTree(sample("s3batch-response-go.json")), out);
  }

  @Test
  void samCliSampleHasAnArnWithoutRegionOrAccount() throws Exception {
    List<S3BatchTask> seen = new ArrayList<>();
    JsonNode out = run(recording(seen, (t, c) -> S3BatchResult.succeeded()), sample("s3batch-v1-request-samcli.json"));
    assertEquals("examplebucket", seen.get(0).bucket());
    assertEquals("test/key", seen.get(0).key());
    assertEquals("1.0", out.path("invocationSchemaVersion").asText());
    assertEquals("", out.at("/results/0/resultString").asText());
  }

  @Test
  void schemaTwoIsReadWithTheBucketNameAndUserArgumentsAndAnsweredInTwoPointZero() throws Exception {
    List<S3BatchTask> seen = new ArrayList<>();
    JsonNode out = run(recording(seen, (t, c) -> S3BatchResult.succeeded(t.userArgument("k1").orElseThrow())),
        sample("s3batch-v2-request-go.json"));
    S3BatchTask task = seen.get(0);
    assertEquals(S3BatchSchemaVersion.V2_0, task.schemaVersion());
    assertEquals("awsexamplebucket", task.bucket());
    assertEquals(Optional.empty(), task.bucketArn());
    assertEquals(Optional.of("jbo9_jhdPEyB4RrmOxWS0kU0EoNrU_oI"), task.versionId());
    assertEquals(Map.of("k1", "v1", "k2", "v2"), task.userArguments());
    ObjectNode expected = (ObjectNode) JSON.readTree("{\"invocationSchemaVersion\":\"2.0\","
        + "\"treatMissingKeysAs\":\"PermanentFailure\",\"invocationId\":\"YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo\","
        + "\"results\":[{\"taskId\":\"dGFza2lkZ29lc2hlcmUK\",\"resultCode\":\"Succeeded\",\"resultString\":\"v1\"}]}");
    assertEquals(expected, out);
  }

  @Test
  void urlEncodedKeyWithSpacesAndPlusIsDecodedOnce() throws Exception {
    String event = new String(sample("s3batch-v2-request-go.json"))
        .replace("customerImage1.jpg", "photos/2024%20summer/me%2Byou+%C3%A9t%C3%A9.jpg");
    List<S3BatchTask> seen = new ArrayList<>();
    run(recording(seen, (t, c) -> S3BatchResult.succeeded()), event.getBytes());
    // %20 is a space, %2B a plus, a literal + stays a plus (urllib.parse.unquote, as AWS's examples)
    assertEquals("photos/2024 summer/me+you+été.jpg", seen.get(0).key());
    assertEquals("photos/2024%20summer/me%2Byou+%C3%A9t%C3%A9.jpg", seen.get(0).encodedKey());
  }

  @Test
  void directoryBucketInSchemaTwo() throws Exception {
    String event = new String(sample("s3batch-v2-request-go.json"))
        .replace("\"awsexamplebucket\"", "\"amzn-s3-demo-bucket--usw2-az1--x-s3\"")
        .replace("\"jbo9_jhdPEyB4RrmOxWS0kU0EoNrU_oI\"", "null");
    List<S3BatchTask> seen = new ArrayList<>();
    JsonNode out = run(recording(seen, (t, c) -> S3BatchResult.succeeded(t.directoryBucket() ? "directory" : "general")), event.getBytes());
    assertTrue(seen.get(0).directoryBucket());
    assertEquals("amzn-s3-demo-bucket--usw2-az1--x-s3", seen.get(0).bucket());
    assertEquals(Optional.empty(), seen.get(0).versionId());
    assertEquals("directory", out.at("/results/0/resultString").asText());
  }

  @Test
  void aFailingTaskAmongGoodOnesFailsAloneInInputOrder() throws Exception {
    ObjectNode event = (ObjectNode) JSON.readTree(sample("s3batch-v1-request-go.json"));
    ObjectNode first = (ObjectNode) event.withArray("tasks").get(0);
    for (String id : List.of("t2", "t3", "t4", "t5")) {
      event.withArray("tasks").add(first.deepCopy().put("taskId", id).put("s3Key", id + ".jpg"));
    }
    JsonNode out = run(S3BatchAdapter.dispatch("tagger", (task, context) -> {
      switch (task.taskId()) {
        case "t2": throw new IllegalStateException("no tag for\nt2.jpg");
        case "t3": throw new S3BatchTemporaryFailure("SlowDown, retry later");
        case "t4": return null;
        default: return S3BatchResult.succeeded("tagged " + task.key());
      }
    }), JSON.writeValueAsBytes(event));
    JsonNode results = out.get("results");
    assertEquals(5, results.size());
    assertEquals(List.of("dGFza2lkZ29lc2hlcmUK", "t2", "t3", "t4", "t5"),
        List.of(results.get(0).path("taskId").asText(), results.get(1).path("taskId").asText(),
            results.get(2).path("taskId").asText(), results.get(3).path("taskId").asText(), results.get(4).path("taskId").asText()));
    assertEquals("Succeeded", results.get(0).path("resultCode").asText());
    assertEquals("tagged customerImage1.jpg", results.get(0).path("resultString").asText());
    assertEquals("PermanentFailure", results.get(1).path("resultCode").asText());
    assertEquals("IllegalStateException: no tag for t2.jpg", results.get(1).path("resultString").asText());
    assertEquals("TemporaryFailure", results.get(2).path("resultCode").asText());
    assertEquals("SlowDown, retry later", results.get(2).path("resultString").asText());
    assertEquals("PermanentFailure", results.get(3).path("resultCode").asText());
    assertEquals("the function returned no result for this task", results.get(3).path("resultString").asText());
    assertEquals("Succeeded", results.get(4).path("resultCode").asText());
    assertEquals("1.0", out.path("invocationSchemaVersion").asText());
  }

  @Test
  void theResultStringOfAnExceptionHasNoStackAndIsBounded() throws Exception {
    String huge = "x".repeat(5000);
    JsonNode out = run(S3BatchAdapter.dispatch("tagger", (task, context) -> {
      throw new RuntimeException(huge, new IllegalStateException("cause"));
    }), sample("s3batch-v2-request-go.json"));
    String resultString = out.at("/results/0/resultString").asText();
    assertEquals(ResultStrings.MAX_CHARS, resultString.length());
    assertTrue(resultString.startsWith("RuntimeException: xxx"), resultString);
    assertTrue(resultString.endsWith("..."), resultString);
    assertFalse(resultString.contains("\tat "), resultString);
    assertEquals("NullPointerException", ResultStrings.of(new NullPointerException()));
  }

  @Test
  void aKeyThatIsNotUrlEncodingFailsThatTask() throws Exception {
    String event = new String(sample("s3batch-v2-request-go.json")).replace("customerImage1.jpg", "bad%zzkey");
    List<S3BatchTask> seen = new ArrayList<>();
    JsonNode out = run(recording(seen, (t, c) -> S3BatchResult.succeeded()), event.getBytes());
    assertTrue(seen.isEmpty());
    assertEquals("PermanentFailure", out.at("/results/0/resultCode").asText());
    assertEquals("s3Key is not valid URL encoding: bad%zzkey", out.at("/results/0/resultString").asText());
  }

  @Test
  void anUnknownSchemaVersionOrAMalformedTaskIsRefused() throws Exception {
    Dispatch dispatch = S3BatchAdapter.dispatch("tagger", (t, c) -> S3BatchResult.succeeded());
    String v3 = new String(sample("s3batch-v2-request-go.json")).replace("\"2.0\"", "\"3.0\"");
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> run(dispatch, v3.getBytes()));
    assertTrue(unknown.getMessage().contains("invocationSchemaVersion \"3.0\""), unknown.getMessage());
    // a 1.0 invocation whose task names the bucket the 2.0 way
    String mixed = new String(sample("s3batch-v1-request-go.json")).replace("s3BucketArn", "s3Bucket");
    IllegalArgumentException noArn = assertThrows(IllegalArgumentException.class, () -> run(dispatch, mixed.getBytes()));
    assertTrue(noArn.getMessage().contains("without a text s3BucketArn"), noArn.getMessage());
  }

  @Test
  void otherEventsAreNotClaimed() throws Exception {
    S3BatchHandler handler = new S3BatchHandler("tagger", (t, c) -> S3BatchResult.succeeded());
    for (String name : List.of("firehose-kinesis-source-go.json", "cognito-presignup-go.json", "apigw-v2-get-no-authorizer-go.json")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] other = sample(name);
      assertFalse(handler.handle(other, other.length, out, null), name);
      assertEquals(0, out.size(), name);
    }
    // a reused event buffer is longer than its event: only [0, length) counts
    byte[] batch = sample("s3batch-v1-request-samcli.json");
    byte[] padded = java.util.Arrays.copyOf(batch, batch.length + 16);
    java.util.Arrays.fill(padded, batch.length, padded.length, (byte) '}');
    assertEquals("an S3 Batch Operations invocation", handler.recognise(padded, batch.length));
    Dispatch dispatch = S3BatchAdapter.dispatch("tagger", (t, c) -> S3BatchResult.succeeded());
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> run(dispatch, sample("firehose-kinesis-source-go.json")));
    assertTrue(refused.getMessage().contains("tagger"), refused.getMessage());
  }
}
